package org.doudi.api.casework;

/**
 * Where the circle rules (SPEC §4) place one person on a given day.
 *
 * @param personId the person
 * @param circle   the innermost circle that applies, or null when the person is in no circle
 * @param reason   the rule and the fact that placed the person, e.g. {@code "enrolled in dibao (ACTIVE since
 *                 2024-10-31)"} or {@code "tag REFERRED_TRADE_UNION since 2024-03-01"}; {@code "no circle applies"}
 *                 when {@code circle} is null
 */
public record CirclePlacement(String personId, Circle circle, String reason) {
}
