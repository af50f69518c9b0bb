package org.doudi.registry.internal.monitoring;

import org.doudi.api.monitoring.FeedType;

/**
 * A stored batch of partner facts.
 *
 * @param id          the batch id (the FEED_LOAD job's id)
 * @param batchNo     the short key of its records
 * @param type        the feed type
 * @param department  the sending department
 * @param period      the month it covers, {@code yyyy-MM}
 * @param loaded      true once every record is stored (only loaded batches are compared)
 * @param recordCount records stored so far
 */
record FeedBatch(String id, long batchNo, FeedType type, String department, String period, boolean loaded,
        long recordCount) {
}
