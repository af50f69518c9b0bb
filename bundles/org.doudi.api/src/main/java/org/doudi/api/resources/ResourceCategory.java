package org.doudi.api.resources;

import java.util.List;

/**
 * What a resource helps with, and the needs-assessment dimensions (see
 * {@link org.doudi.api.needs.NeedsGrades}) it answers: a household graded HIGH or MEDIUM on one of them is matched
 * to the resources of this category.
 */
public enum ResourceCategory {
    /** Basic living, cash or in kind. */
    LIVING("material"),
    /** Medical assistance (医疗救助). */
    MEDICAL("health"),
    /** Education assistance (教育救助). */
    EDUCATION("education", "childrenYouth"),
    /** Housing assistance (住房救助). */
    HOUSING("material"),
    /** Employment assistance (就业救助). */
    EMPLOYMENT("employment"),
    /** Disaster relief (受灾人员救助). */
    DISASTER("material"),
    /** Care services: daily care, hospital escort, respite care. */
    CARE("health", "socialSupport"),
    /** Companionship and psychological support. */
    PSYCHOLOGICAL("socialSupport"),
    /** Children's and young people's support, e.g. tutoring. */
    CHILDREN("childrenYouth");

    private final List<String> dimensions;

    ResourceCategory(String... dimensions) {
        this.dimensions = List.of(dimensions);
    }

    /** The needs dimensions this category answers, by their names in {@code NeedsGrades}. */
    public List<String> dimensions() {
        return dimensions;
    }
}
