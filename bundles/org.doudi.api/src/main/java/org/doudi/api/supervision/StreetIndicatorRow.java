package org.doudi.api.supervision;

/**
 * A street's performance indicators for a month (annual evaluation, SPEC §9).
 *
 * @param street                     the street id, or {@code district} for the district's total
 * @param streetName                 its name
 * @param deadlineCompliance         cases decided that month (confirmed or refused): those decided on or before
 *                                   their deadline (extended ones: the extended deadline), over all of them
 * @param warningsClosedOnTime       warnings closed that month (disposed or dismissed): those closed within the
 *                                   configured number of days of being raised, over all of them; a routed warning
 *                                   counts for the street it was routed to
 * @param visitCoverage              visits (not recorded yet: null)
 * @param reconciliationErrors       mismatches of the month's fund reconciliation over its lines (null until
 *                                   reconciliations are recorded)
 * @param fileCheckFindingsCorrected file-check findings of the month corrected over all findings (null until file
 *                                   checks are recorded)
 */
public record StreetIndicatorRow(String street, String streetName, StreetIndicator deadlineCompliance,
        StreetIndicator warningsClosedOnTime, StreetIndicator visitCoverage, StreetIndicator reconciliationErrors,
        StreetIndicator fileCheckFindingsCorrected) {
}
