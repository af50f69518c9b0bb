package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.WarningSource;
import org.doudi.registry.internal.jobs.JobRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cross-comparison (每月交叉比对): every record of the given feed batches is matched against the registry's
 * active members by ID number; a fact about a registered person that never raised a warning raises one
 * ({@link FactMatcher}), written in JDBC batches with the job's checkpoint; then reported deaths of enrolled
 * people suspend their enrolments ({@link DeathSuspensions}). A street's run only looks at that street's
 * households. Rerunning creates nothing twice (the fact hash); a restart skips what was committed.
 */
final class CrossComparison {
    /** Below this many records the registry is asked per person instead of read whole. */
    static final long PROBE_BELOW = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(CrossComparison.class);
    private static final int COMMIT_EVERY = 5_000;
    private static final int PROGRESS_EVERY = 50_000;

    private final DataSource ds;
    private final DeathSuspensions suspensions;
    private final DoudiClock clock;
    private final BigDecimal largeMedicalExpense;

    CrossComparison(DataSource ds, DeathSuspensions suspensions, DoudiClock clock, BigDecimal largeMedicalExpense) {
        this.ds = ds;
        this.suspensions = suspensions;
        this.clock = clock;
        this.largeMedicalExpense = largeMedicalExpense;
    }

    /**
     * Compares {@code batches} for {@code month}; returns the one-line summary.
     *
     * @param ownJob true when the comparison is the job's whole work (a monitoring run): it reports progress and
     *               checkpoints; false when it follows a load in the same job (a death batch), which it then redoes
     *               whole after a restart, harmlessly
     */
    String compare(List<FeedBatch> batches, String month, String street, JobRun run, boolean ownJob)
            throws SQLException {
        long total = batches.stream().mapToLong(FeedBatch::recordCount).sum();
        if (ownJob) {
            run.total(total);
        }
        ComparisonStats stats = new ComparisonStats();
        long started = System.nanoTime();
        boolean cancelled;
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
        long suspended = cancelled ? 0 : suspensions.applyDue(street);
        stats.add("suspended", suspended);
        stats.flushTo(run);
        String summary = String.format("%s%d records of %d batch(es) compared for %s%s: %d warnings raised (%d HIGH,"
                + " %d MEDIUM, %d LOW), %d already raised, %d not in the registry%s, %d enrolments suspended",
                cancelled ? "cancelled: " : "", stats.get("records"), batches.size(), month,
                street == null ? "" : " (" + street + ")", stats.get("warnings"), stats.get("high"),
                stats.get("medium"), stats.get("low"), stats.get("alreadyRaised"), stats.get("unmatched"),
                stats.get("belowThreshold") == 0 ? "" : ", " + stats.get("belowThreshold")
                        + " medical expenses below the threshold", suspended);
        LOG.info("{} in {} ms", summary, (System.nanoTime() - started) / 1_000_000);
        return summary;
    }

    /** Reads the registry and the batches' records, writes the warnings; returns true if cancelled. */
    private boolean scan(Connection read, Connection write, List<FeedBatch> batches, String month, String street,
            JobRun run, boolean ownJob, ComparisonStats stats, long total) throws SQLException {
        long started = System.nanoTime();
        RegistryLookup registry = total < PROBE_BELOW ? new RegistryProbe(read) : RegistryIndex.load(read, street);
        KnownFacts known = total < PROBE_BELOW ? KnownFacts.probing(read)
                : KnownFacts.preload(read, batches.stream().map(FeedBatch::type).collect(Collectors.toSet()));
        LOG.info("Comparison of {} records ({}{}): {} and known facts read in {} ms", total, month,
                street == null ? "" : ", " + street, registry.getClass().getSimpleName(),
                (System.nanoTime() - started) / 1_000_000);
        long position = 0;
        long skip = ownJob ? run.checkpoint() : 0;
        try (WarningWriter writer = new WarningWriter(write, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC))) {
            for (FeedBatch batch : batches) {
                String source = batch.department() + ", period " + batch.period();
                try (PreparedStatement ps = read.prepareStatement("SELECT line_no, id_number, fact_date, fact_key,"
                        + " amount, detail FROM feed_record WHERE batch_no = ? ORDER BY line_no")) {
                    ps.setFetchSize(5_000);
                    ps.setLong(1, batch.batchNo());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (++position <= skip) {
                                continue;
                            }
                            stats.add("records");
                            match(batch, source, month, street, rs, registry, known, writer, stats);
                            if (writer.pending() >= COMMIT_EVERY) {
                                commit(writer, write, run, stats, ownJob ? position : -1);
                                if (run.cancelRequested()) {
                                    return true;
                                }
                            } else if (ownJob && position % PROGRESS_EVERY == 0) {
                                run.processed(position);
                            }
                        }
                    }
                }
            }
            commit(writer, write, run, stats, ownJob ? position : -1);
            return false;
        } finally {
            known.close();
            registry.close();
        }
    }

    private void match(FeedBatch batch, String source, String month, String street, ResultSet rs,
            RegistryLookup registry, KnownFacts known, WarningWriter writer, ComparisonStats stats)
            throws SQLException {
        String idNumber = rs.getString(2);
        RegisteredPerson person = registry.find(idNumber);
        if (person == null || (street != null && !street.equals(person.street()))) {
            stats.add("unmatched");
            return;
        }
        BigDecimal amount = rs.getBigDecimal(5);
        if (batch.type() == FeedType.MEDICAL_EXPENSE && (amount == null || amount.compareTo(largeMedicalExpense) < 0)) {
            stats.add("belowThreshold");
            return;
        }
        FeedFact fact = new FeedFact(rs.getLong(1), idNumber, rs.getDate(3).toLocalDate(), rs.getString(4), amount,
                rs.getString(6));
        String hash = FactHash.of(idNumber, batch.type(), fact.date(), fact.key());
        KnownFacts.Seen seen = known.check(hash);
        if (seen != KnownFacts.Seen.NEW) {
            stats.add("alreadyRaised");
            if (seen == KnownFacts.Seen.CITY_ONLY) {
                writer.foundToo(hash);
                stats.add("foundByCityToo");
            }
            return;
        }
        WarningDraft d = FactMatcher.draft(batch.type(), fact, person, registry, hash, source, WarningSource.DOUDI,
                batch.id(), month);
        writer.add(d);
        stats.raised(d.severity());
    }

    /** Commits the pending warnings, with the job's checkpoint when {@code position} is not negative. */
    private static void commit(WarningWriter writer, Connection write, JobRun run, ComparisonStats stats,
            long position) throws SQLException {
        writer.flush();
        stats.flushTo(run);
        if (position >= 0) {
            run.processed(position);
            run.checkpoint(write, position);
        }
        write.commit();
    }
}
