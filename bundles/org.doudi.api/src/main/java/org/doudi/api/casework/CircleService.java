package org.doudi.api.casework;

/**
 * The four circles (SPEC §4): every active member is placed by rules in at most one circle, the innermost that
 * applies, recomputed whenever the household's facts, cases or enrolments change, and daily (the two-year
 * windows expire with time). A household read shows each member's circle.
 */
public interface CircleService {

    /** People per circle and street; one street, or all when {@code street} is null. */
    CircleReport report(String street);

    /** Recomputes every household's circles as of today; returns the number of people placed. */
    int recomputeAll();
}
