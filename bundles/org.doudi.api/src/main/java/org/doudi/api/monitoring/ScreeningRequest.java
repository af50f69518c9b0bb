package org.doudi.api.monitoring;

/**
 * Starts a big screening (大排查): {@code POST /api/screenings}.
 *
 * @param programId the program to screen for (default {@code dibao})
 * @param asOf      the day to evaluate on, {@code yyyy-MM-dd} (default today: the standard in force)
 * @param street    only this street, or null for the district
 * @param reason    why (e.g. "standard raised to 1,510 from 2023-07-01")
 */
public record ScreeningRequest(String programId, String asOf, String street, String reason) {
}
