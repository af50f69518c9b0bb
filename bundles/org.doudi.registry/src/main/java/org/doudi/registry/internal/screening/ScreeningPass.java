package org.doudi.registry.internal.screening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.bulk.HouseholdChunk;
import org.doudi.registry.internal.bulk.HouseholdStream;
import org.doudi.registry.internal.jobs.JobRun;

/**
 * One run of a screening job: streams the households (of the street, or all) after the resume point, evaluates
 * each, and commits per chunk the candidates found, the resume point and the job's checkpoint together — a
 * restart neither loses nor repeats a household.
 */
final class ScreeningPass {

    /** Counts kept on the job. */
    static final String HOUSEHOLDS = "households";
    static final String CANDIDATES = "candidates";
    static final String PREVIOUSLY_REFUSED = "previouslyRefused";
    static final String FAILED = "failed";
    /** Per-street candidates: {@code candidates.<street>}. */
    static final String CANDIDATES_OF = "candidates.";
    /** When this many households failed and none was evaluated, the program is taken to be broken. */
    static final int FAILURES_BEFORE_GIVING_UP = 1000;

    private final DataSource dataSource;
    private final HouseholdStream stream;
    private final HouseholdScreening screening;
    private final ScreeningSettings settings;
    private final JobRun run;
    private long evaluatedThisRun;
    private long failedThisRun;

    ScreeningPass(DataSource dataSource, HouseholdStream stream, HouseholdScreening screening,
            ScreeningSettings settings, JobRun run) {
        this.dataSource = dataSource;
        this.stream = stream;
        this.screening = screening;
        this.settings = settings;
        this.run = run;
    }

    /** Screens what is left; returns the job's summary. */
    String run() throws Exception {
        run.total(count());
        long[] processed = {run.checkpoint()};
        try (Connection read = dataSource.getConnection(); Connection tx = dataSource.getConnection()) {
            tx.setAutoCommit(false);
            try (Refusals refusals = new Refusals(read, settings.programId());
                    CandidateWriter writer = new CandidateWriter(tx, run.id())) {
                String after = writer.resumeAfter();
                tx.commit();
                stream.read(settings.street(), after, settings.asOf(), chunk -> {
                    if (run.cancelRequested()) {
                        return false;
                    }
                    processed[0] += chunk(chunk, refusals.read(chunk.after(), chunk.last()), writer);
                    run.processed(processed[0]);
                    run.checkpoint(tx, processed[0]);
                    tx.commit();
                    return true;
                });
            } catch (Exception e) {
                tx.rollback();
                throw e;
            }
        }
        return summary();
    }

    /** Evaluates one chunk and writes its candidates and counts (uncommitted); returns the households done. */
    private int chunk(HouseholdChunk chunk, Map<String, Refusals.Refusal> refusals, CandidateWriter writer)
            throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        for (Household h : chunk.households()) {
            HouseholdScreening.Outcome o = screening.evaluate(h);
            if (o.error() != null) {
                failedThisRun++;
                counts.merge(FAILED, 1L, Long::sum);
                run.error(null, h.id(), o.error());
                if (failedThisRun >= FAILURES_BEFORE_GIVING_UP && evaluatedThisRun == 0) {
                    throw new HouseholdScreening.ProgramFailure(settings.programId() + " failed on each of the first "
                            + failedThisRun + " households, the last with: " + o.error(), null);
                }
                continue;
            }
            evaluatedThisRun++;
            if (o.candidate()) {
                Refusals.Refusal refusal = refusals.get(h.id());
                writer.add(h.id(), h.street(), o.household().memberCount(), o.perCapitaIncome(), o.monthlyAmount(),
                        refusal);
                counts.merge(CANDIDATES, 1L, Long::sum);
                counts.merge(CANDIDATES_OF + h.street(), 1L, Long::sum);
                if (refusal != null) {
                    counts.merge(PREVIOUSLY_REFUSED, 1L, Long::sum);
                }
            }
        }
        writer.flush(chunk.last());
        counts.merge(HOUSEHOLDS, (long) chunk.households().size(), Long::sum);
        counts.forEach(run::count);
        return chunk.households().size();
    }

    private long count() throws SQLException {
        String sql = "SELECT COUNT(*) FROM household" + (settings.street() == null ? "" : " WHERE street = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (settings.street() != null) {
                ps.setString(1, settings.street());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String summary() {
        String scope = settings.street() == null ? "the district" : settings.street();
        return (run.cancelRequested() ? "stopped: " : "") + settings.programId() + " as of " + settings.asOf() + " in "
                + scope + ": " + run.countOf(HOUSEHOLDS) + " households screened, " + run.countOf(CANDIDATES)
                + " may now qualify (" + run.countOf(PREVIOUSLY_REFUSED) + " refused before), "
                + run.countOf(FAILED) + " could not be evaluated";
    }
}
