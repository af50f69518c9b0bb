package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The batches a monitoring run compares, frozen at its first start in {@code monitoring_run_batch}: a resumed run
 * works through the same list, so a batch that finished loading in between neither shifts the checkpoint nor
 * slips in half-compared. The month's batches still loading at the first start are kept too, to be reported.
 */
final class RunBatches {

    /**
     * @param batches      the LOADED batches to compare, in {@code batch_no} order
     * @param stillLoading how many batches of the month were still loading at the first start
     */
    record Frozen(List<FeedBatch> batches, int stillLoading) {
    }

    private RunBatches() {
    }

    /** The run's frozen list; on its first start, the month's batches now (the caller commits). */
    static Frozen freeze(Connection c, String jobId, String month) throws SQLException {
        List<Long> compare = new ArrayList<>();
        int loading = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_no, still_loading FROM monitoring_run_batch"
                + " WHERE job_id = ?")) {
            ps.setString(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(2)) {
                        loading++;
                    } else {
                        compare.add(rs.getLong(1));
                    }
                }
            }
        }
        if (!compare.isEmpty() || loading > 0) {
            return new Frozen(FeedBatches.byNumbers(c, compare), loading);
        }
        List<FeedBatch> loaded = FeedBatches.loadedIn(c, month);
        List<Long> stillLoading = FeedBatches.loadingIn(c, month);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring_run_batch (job_id, batch_no,"
                + " still_loading) VALUES (?, ?, ?)")) {
            for (FeedBatch b : loaded) {
                add(ps, jobId, b.batchNo(), false);
            }
            for (long n : stillLoading) {
                add(ps, jobId, n, true);
            }
            ps.executeBatch();
        }
        return new Frozen(loaded, stillLoading.size());
    }

    private static void add(PreparedStatement ps, String jobId, long batchNo, boolean loading) throws SQLException {
        ps.setString(1, jobId);
        ps.setLong(2, batchNo);
        ps.setBoolean(3, loading);
        ps.addBatch();
    }
}
