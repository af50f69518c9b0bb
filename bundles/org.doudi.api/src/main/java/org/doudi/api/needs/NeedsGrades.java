package org.doudi.api.needs;

/**
 * The grades of a needs assessment over the dimensions Changning uses (SPEC §7), each required.
 *
 * @param material      material hardship (income, housing, daily necessities)
 * @param health        illness, disability, care needs
 * @param education     schooling costs and needs
 * @param employment    unemployment, inability to work
 * @param socialSupport family and community support (low support is high hardship)
 * @param childrenYouth children and young people in the household needing care or protection
 */
public record NeedsGrades(Grade material, Grade health, Grade education, Grade employment, Grade socialSupport,
        Grade childrenYouth) {

    /** The sum of the dimensions' points (HIGH 3, MEDIUM 2, LOW 1): 6 to 18. */
    public int score() {
        return material.points() + health.points() + education.points() + employment.points()
                + socialSupport.points() + childrenYouth.points();
    }
}
