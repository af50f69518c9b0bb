package org.doudi.api.monitoring;

import java.util.List;

/**
 * A JSON feed: {@code POST /api/monitoring/feeds/{type}} with {@code application/json}.
 *
 * @param department the sending department, optional
 * @param period     the month it covers, {@code yyyy-MM} (required)
 * @param records    the facts
 */
public record FeedSubmission(String department, String period, List<FeedRecord> records) {
}
