package org.doudi.api.supervision;

import java.util.List;

/**
 * The street performance indicators of a month ({@code GET /api/reports/streets?month=yyyy-MM}), one row per street
 * and the district's total.
 *
 * @param month            the month, {@code yyyy-MM}
 * @param warningCloseDays a warning closed within this many days of being raised is on time (configuration PID
 *                         {@code org.doudi.supervision.indicators})
 * @param streets          one row per street, in the configured order
 * @param district         the sum over the listed streets
 */
public record StreetIndicatorReport(String month, int warningCloseDays, List<StreetIndicatorRow> streets,
        StreetIndicatorRow district) {
}
