package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A monitoring run's checkpoint as a stable position: {@code batch_no * 10^9 + line_no} of the last record whose
 * outcome committed. Batches are compared in {@code batch_no} order and records in {@code line_no} order, so a
 * resumed run continues right after that record whatever else was loaded in between (a flat record count would
 * shift when a batch is added before it). A line number stays below 10^9: an upload of at most a few GiB holds far
 * fewer lines.
 */
final class ComparisonPosition {
    static final long LINES = 1_000_000_000L;

    private ComparisonPosition() {
    }

    static long of(long batchNo, long lineNo) {
        return batchNo * LINES + lineNo;
    }

    /**
     * Where to continue in a batch: the records after this line number, or -1 when the whole batch was done
     * before {@code checkpoint}.
     */
    static long resumeAfter(long checkpoint, long batchNo) {
        long batch = checkpoint / LINES;
        if (batchNo < batch) {
            return -1;
        }
        return batchNo == batch ? checkpoint % LINES : 0;
    }

    /** How many records of {@code batches} lie at or before {@code checkpoint} (a resumed run's progress). */
    static long recordsUpTo(Connection c, List<FeedBatch> batches, long checkpoint) throws SQLException {
        long done = 0;
        for (FeedBatch b : batches) {
            long after = resumeAfter(checkpoint, b.batchNo());
            if (after < 0) {
                done += b.recordCount();
            } else if (after > 0) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM feed_record"
                        + " WHERE batch_no = ? AND line_no <= ?")) {
                    ps.setLong(1, b.batchNo());
                    ps.setLong(2, after);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        done += rs.getLong(1);
                    }
                }
            }
        }
        return done;
    }
}
