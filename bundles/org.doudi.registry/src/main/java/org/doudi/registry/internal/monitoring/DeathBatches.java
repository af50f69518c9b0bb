package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.registry.internal.jobs.JobRun;

/**
 * A death batch is compared as soon as its records are stored — the money must stop at once — not only by the
 * monthly run: after a complete load, and also after a load that stopped part-way (cancelled, failed, a broken
 * file), for what it committed. A comparison that covered the batch's records marks it ({@code compared_count});
 * one that could not finish leaves it to {@link SuspensionSweeper}.
 */
final class DeathBatches {
    private final DataSource ds;
    private final CrossComparison comparison;

    DeathBatches(DataSource ds, CrossComparison comparison) {
        this.ds = ds;
        this.comparison = comparison;
    }

    /** Compares the batch's stored records, waiting for {@link WarningWriteLock}; returns the summary. */
    String compare(String batchId, JobRun run) throws SQLException, InterruptedException {
        if (!WarningWriteLock.acquire(run)) {
            return "not compared yet (cancelled while another job was writing warnings): the sweeper compares it";
        }
        try {
            return compareLocked(batchId, run);
        } finally {
            WarningWriteLock.release();
        }
    }

    /** {@link #compare} for a caller that holds {@link WarningWriteLock}. */
    String compareLocked(String batchId, JobRun run) throws SQLException {
        FeedBatch batch;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            batch = FeedBatches.find(c, batchId);
        }
        CrossComparison.Outcome outcome = comparison.compare(List.of(batch), batch.period(), null, run, false);
        if (!outcome.complete()) {
            return outcome.summary() + "; the rest is compared by the sweeper";
        }
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            FeedBatches.compared(c, batch.id(), batch.recordCount());
        }
        return outcome.summary();
    }
}
