package org.doudi.api.monitoring;

/**
 * Starts a cross-comparison: {@code POST /api/monitoring/runs}.
 *
 * @param month  the month whose feeds are compared, {@code yyyy-MM} (required)
 * @param street only this street's households (a street's own run), or null for the district
 */
public record MonitoringRunRequest(String month, String street) {
}
