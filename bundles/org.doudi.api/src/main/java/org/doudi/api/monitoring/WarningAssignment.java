package org.doudi.api.monitoring;

/**
 * Routes a warning ({@code POST /api/warnings/{id}/assignment}).
 *
 * @param street  the street that handles it (defaults to the household's street)
 * @param advisor the advisor's user name (required)
 * @param note    why, optional
 */
public record WarningAssignment(String street, String advisor, String note) {
}
