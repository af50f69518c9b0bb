package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.doudi.registry.internal.jobs.JobRun;

/**
 * Stores a batch's records in JDBC batches: every {@link #BATCH} records (by default) one commit, with the record count and the
 * job's checkpoint, so a stopped load resumes exactly after its last committed record.
 */
final class FeedLoader implements AutoCloseable {
    static final int BATCH = 10_000;

    private final Connection c;
    private final FeedBatch batch;
    private final JobRun run;
    private final PreparedStatement insert;
    private final int batchSize;
    private int pending;

    FeedLoader(Connection c, FeedBatch batch, JobRun run, int batchSize) throws SQLException {
        this.c = c;
        this.batchSize = batchSize;
        this.batch = batch;
        this.run = run;
        this.insert = FeedBatches.recordInsert(c);
    }

    void add(FeedFact f) throws SQLException {
        FeedBatches.addRecord(insert, batch.batchNo(), f);
        pending++;
    }

    void rejected(Long line, String ref, String reason) {
        run.error(line, ref, reason);
        run.count("rejected", 1);
    }

    /** Commits when a batch is full; returns true if the job should stop (cancelled). */
    boolean commitIfFull(long position, long processed) throws SQLException {
        if (pending < batchSize) {
            return false;
        }
        commit(position, processed);
        return run.cancelRequested();
    }

    /** Sends and commits the pending records with the checkpoint {@code position}. */
    void commit(long position, long processed) throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            FeedBatches.counted(c, batch.id(), pending);
            run.count("loaded", pending);
            pending = 0;
        }
        run.processed(processed);
        run.checkpoint(c, position);
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
