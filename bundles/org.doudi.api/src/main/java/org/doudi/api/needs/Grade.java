package org.doudi.api.needs;

/**
 * A hardship grade: of one dimension of a needs assessment, and the overall hardship level of a household.
 * {@link #points()} is what a dimension adds to the assessment's score.
 */
public enum Grade {
    /** High hardship: 3 points. */
    HIGH(3),
    /** Medium hardship: 2 points. */
    MEDIUM(2),
    /** Low hardship: 1 point. */
    LOW(1);

    private final int points;

    Grade(int points) {
        this.points = points;
    }

    /** HIGH 3, MEDIUM 2, LOW 1. */
    public int points() {
        return points;
    }
}
