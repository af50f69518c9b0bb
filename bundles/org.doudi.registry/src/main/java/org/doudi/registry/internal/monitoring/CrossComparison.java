package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.api.monitoring.FeedType;
import org.doudi.registry.internal.jobs.JobRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cross-comparison (每月交叉比对): every record of the given feed batches is matched against the registry's
 * active members by ID number; a fact about a registered person that never raised a warning raises one
 * ({@link FactMatcher}), written in JDBC batches. Batches go in {@code batch_no} order, records in line order; the
 * outcome commits with the job's checkpoint ({@link ComparisonPosition}) at least every
 * {@link #CHECKPOINT_RECORDS} records or {@link #CHECKPOINT_NANOS}, whichever comes first, and a cancellation is
 * seen at each of those commits. Whatever happens — done, cancelled, failed — the reported deaths committed so far
 * suspend their enrolments before it returns ({@link DeathSuspensions}, in a {@code finally}). A street's run only
 * looks at that street's households. Rerunning creates nothing twice (the fact hash); a restart skips what was
 * committed. The caller holds {@link WarningWriteLock}.
 */
final class CrossComparison {
    /** Below this many records the registry is asked per person instead of read whole. */
    static final long PROBE_BELOW = 50_000;
    /** The most records between two commits (with checkpoint and cancellation check). */
    static final int CHECKPOINT_RECORDS = 50_000;
    /** The longest time between two commits. */
    static final long CHECKPOINT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Logger LOG = LoggerFactory.getLogger(CrossComparison.class);
    private static final int MAX_PENDING = 5_000;

    /**
     * @param summary  the one-line summary
     * @param complete every record was compared (false: cancelled part-way)
     */
    record Outcome(String summary, boolean complete) {
    }

    private final DataSource ds;
    private final DeathSuspensions suspensions;
    private final DoudiClock clock;
    private final BigDecimal largeMedicalExpense;
    private int checkpointRecords = CHECKPOINT_RECORDS;

    CrossComparison(DataSource ds, DeathSuspensions suspensions, DoudiClock clock, BigDecimal largeMedicalExpense) {
        this.ds = ds;
        this.suspensions = suspensions;
        this.clock = clock;
        this.largeMedicalExpense = largeMedicalExpense;
    }

    /** For tests: records between two commits. */
    void checkpointEvery(int records) {
        this.checkpointRecords = records;
    }

    /**
     * Compares {@code batches} for {@code month}.
     *
     * @param ownJob true when the comparison is the job's whole work (a monitoring run): it reports progress and
     *               checkpoints; false when it follows a load (a death batch) or is the sweeper's: it then redoes
     *               the batch whole after a restart, harmlessly
     */
    Outcome compare(List<FeedBatch> batches, String month, String street, JobRun run, boolean ownJob)
            throws SQLException {
        long total = batches.stream().mapToLong(FeedBatch::recordCount).sum();
        if (ownJob) {
            run.total(total);
        }
        ComparisonStats stats = new ComparisonStats();
        long started = System.nanoTime();
        boolean cancelled;
        long suspended;
        try {
            try (Connection read = ds.getConnection(); Connection write = ds.getConnection()) {
                read.setAutoCommit(false);
                write.setAutoCommit(false);
                try {
                    cancelled = scan(read, write, batches, month, street, run, ownJob, stats, total);
                    read.commit();
                } catch (SQLException | RuntimeException e) {
                    Jdbc.rollbackQuietly(write);
                    Jdbc.rollbackQuietly(read);
                    throw e;
                }
            }
        } finally {
            suspended = suspensions.applyDueSafely(street); // whatever was committed, also when failing
            run.count("suspended", suspended);
        }
        String summary = String.format("%s%d records of %d batch(es) compared for %s%s: %d warnings raised (%d HIGH,"
                + " %d MEDIUM, %d LOW), %d already raised, %d not in the registry%s, %d enrolments suspended",
                cancelled ? "cancelled: " : "", stats.get("records"), batches.size(), month,
                street == null ? "" : " (" + street + ")", stats.get("warnings"), stats.get("high"),
                stats.get("medium"), stats.get("low"), stats.get("alreadyRaised"), stats.get("unmatched"),
                stats.get("belowThreshold") == 0 ? "" : ", " + stats.get("belowThreshold")
                        + " medical expenses below the threshold", suspended);
        LOG.info("{} in {} ms", summary, (System.nanoTime() - started) / 1_000_000);
        return new Outcome(summary, !cancelled);
    }

    /** Reads the registry and the batches' records, writes the warnings; returns true if cancelled. */
    private boolean scan(Connection read, Connection write, List<FeedBatch> batches, String month, String street,
            JobRun run, boolean ownJob, ComparisonStats stats, long total) throws SQLException {
        long started = System.nanoTime();
        long resume = ownJob ? run.checkpoint() : 0;
        long done = resume == 0 ? 0 : ComparisonPosition.recordsUpTo(read, batches, resume);
        try (RegistryLookup registry = total < PROBE_BELOW ? new RegistryProbe(read)
                : RegistryIndex.load(read, street);
                KnownFacts known = new KnownFacts(read);
                WarningWriter writer = new WarningWriter(write, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC))) {
            LOG.info("Comparison of {} records ({}{}): {} read in {} ms", total, month,
                    street == null ? "" : ", " + street, registry.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
            FactChunk chunk = new FactChunk(month, registry, known, writer, stats);
            long position = resume;
            int since = 0;
            long lastCommit = System.nanoTime();
            for (FeedBatch batch : batches) {
                long afterLine = ComparisonPosition.resumeAfter(resume, batch.batchNo());
                if (afterLine < 0) {
                    continue;
                }
                String source = batch.department() + ", period " + batch.period();
                try (PreparedStatement ps = read.prepareStatement("SELECT line_no, id_number, fact_date, fact_key,"
                        + " amount, detail FROM feed_record WHERE batch_no = ? AND line_no > ? ORDER BY line_no")) {
                    ps.setFetchSize(5_000);
                    ps.setLong(1, batch.batchNo());
                    ps.setLong(2, afterLine);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            since++;
                            position = ComparisonPosition.of(batch.batchNo(), rs.getLong(1));
                            FactChunk.Candidate c = candidate(batch, source, street, rs, registry, stats);
                            if (c != null) {
                                chunk.add(c);
                            }
                            if (since >= checkpointRecords || writer.pending() >= MAX_PENDING
                                    || (since & 1023) == 0 && System.nanoTime() - lastCommit >= CHECKPOINT_NANOS) {
                                done += since;
                                stats.add("records", since);
                                since = 0;
                                chunk.resolve();
                                commit(writer, write, run, stats, ownJob ? position : -1, done);
                                lastCommit = System.nanoTime();
                                if (run.cancelRequested()) {
                                    return true;
                                }
                            }
                        }
                    }
                }
            }
            done += since;
            stats.add("records", since);
            chunk.resolve();
            commit(writer, write, run, stats, ownJob ? position : -1, done);
            return false;
        }
    }

    /** The record as a candidate for a warning, or null (not a registered person of the scope, below threshold). */
    private FactChunk.Candidate candidate(FeedBatch batch, String source, String street, ResultSet rs,
            RegistryLookup registry, ComparisonStats stats) throws SQLException {
        String idNumber = rs.getString(2);
        RegisteredPerson person = registry.find(idNumber);
        if (person == null || (street != null && !street.equals(person.street()))) {
            stats.add("unmatched");
            return null;
        }
        BigDecimal amount = rs.getBigDecimal(5);
        if (batch.type() == FeedType.MEDICAL_EXPENSE && (amount == null || amount.compareTo(largeMedicalExpense) < 0)) {
            stats.add("belowThreshold");
            return null;
        }
        FeedFact fact = new FeedFact(rs.getLong(1), idNumber, rs.getDate(3).toLocalDate(), rs.getString(4), amount,
                rs.getString(6));
        return new FactChunk.Candidate(batch, source, fact, person, FactHash.of(idNumber, batch.type(), fact.date(),
                fact.key(), amount));
    }

    /** Commits the pending warnings, with the job's checkpoint when {@code position} is not negative. */
    private static void commit(WarningWriter writer, Connection write, JobRun run, ComparisonStats stats,
            long position, long done) throws SQLException {
        for (WarningDraft skipped : writer.flush()) {
            stats.add("warnings", -1);
            stats.add(skipped.severity().name().toLowerCase(Locale.ROOT), -1);
            stats.add("alreadyRaised");
        }
        stats.flushTo(run);
        if (position >= 0) {
            run.processed(done);
            run.checkpoint(write, position);
        }
        write.commit();
    }
}
