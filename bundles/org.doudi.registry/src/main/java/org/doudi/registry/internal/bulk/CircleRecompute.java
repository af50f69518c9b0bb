package org.doudi.registry.internal.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.doudi.api.StreetDirectory;
import org.doudi.api.casework.CirclePlacement;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.casework.CircleRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes every person's circle (SPEC §4) over the whole registry in one streaming pass, and writes only the
 * rows that differ from what is stored: a pass over an unchanged registry reads and writes nothing. Takes no
 * household lock: the recomputation inside a household write, case step or enrolment change stays authoritative,
 * because this pass touches only rows computed before it began (less a {@link #GRACE} for transactions that
 * computed their rows just before and committed just after; those rows are fresh anyway).
 */
public final class CircleRecompute {
    private static final Logger LOG = LoggerFactory.getLogger(CircleRecompute.class);

    /** How far before the pass's start a row must have been computed for the pass to overwrite it. */
    public static final Duration GRACE = Duration.ofMinutes(5);
    /** The column's width: {@code person_circle.reason}. */
    static final int REASON_WIDTH = 300;

    /** What a pass did. */
    public record Result(long households, long people, long inserted, long updated, long deleted, long skippedChunks) {
    }

    private final DataSource dataSource;
    private final HouseholdStream stream;

    public CircleRecompute(DataSource dataSource, StreetDirectory streets) {
        this(dataSource, new HouseholdStream(dataSource, streets));
    }

    public CircleRecompute(DataSource dataSource, HouseholdStream stream) {
        this.dataSource = dataSource;
        this.stream = stream;
    }

    /**
     * Places every active member as of {@code asOf} and brings {@code person_circle} up to date.
     *
     * @param asOf  the day to place for (today)
     * @param start when the pass begins: rows recomputed after {@code start - GRACE} are left as they are
     */
    public Result run(LocalDate asOf, Instant start) throws Exception {
        LocalDateTime at = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        LocalDateTime cutoff = LocalDateTime.ofInstant(start.minus(GRACE), ZoneOffset.UTC);
        long[] n = new long[5]; // people, inserted, updated, deleted, skipped chunks
        try (Connection read = dataSource.getConnection(); Connection write = dataSource.getConnection()) {
            write.setAutoCommit(false);
            try (CircleFacts facts = new CircleFacts(read); PersonCircleRows rows = new PersonCircleRows(read, write)) {
                long households = stream.read(null, null, null, chunk -> {
                    for (int attempt = 1; ; attempt++) {
                        try {
                            long[] done = chunk(chunk, facts, rows, asOf, at, cutoff);
                            write.commit();
                            for (int i = 0; i < 4; i++) {
                                n[i] += done[i];
                            }
                            return true;
                        } catch (SQLException e) {
                            rows.clear();
                            write.rollback();
                            if (attempt == 2) { // a concurrent write took the same rows twice: tomorrow's pass
                                LOG.warn("Circles of households {}..{} left as they are: {}",
                                        chunk.households().get(0).id(), chunk.last(), e.getMessage());
                                n[4]++;
                                return true;
                            }
                        }
                    }
                });
                return new Result(households, n[0], n[1], n[2], n[3], n[4]);
            }
        }
    }

    /** Places one chunk and writes its changes (uncommitted); returns people, rows inserted, updated, deleted. */
    private static long[] chunk(HouseholdChunk chunk, CircleFacts facts, PersonCircleRows rows, LocalDate asOf,
            LocalDateTime at, LocalDateTime cutoff) throws SQLException {
        facts.read(chunk.after(), chunk.last());
        Map<String, PersonCircleRows.Row> stored = rows.read(chunk.after(), chunk.last());
        long[] done = new long[4];
        for (Household h : chunk.households()) {
            List<CirclePlacement> placements = CircleRules.place(h, facts.enrolmentsByHousehold.get(h.id()),
                    facts.casesByHousehold.get(h.id()), asOf);
            done[0] += placements.size();
            for (CirclePlacement p : placements) {
                Integer circle = p.circle() == null ? null : p.circle().number();
                String reason = p.reason().length() > REASON_WIDTH ? p.reason().substring(0, REASON_WIDTH) : p.reason();
                PersonCircleRows.Row row = stored.remove(p.personId());
                if (row == null) {
                    rows.addInsert(p.personId(), h.id(), h.street(), circle, reason, asOf, at);
                    done[1]++;
                } else if (!row.same(h.id(), h.street(), circle, reason)) {
                    rows.addUpdate(p.personId(), h.id(), h.street(), circle, reason, asOf, at, cutoff);
                    done[2]++;
                }
            }
        }
        if (!stored.isEmpty()) { // members who left (rows of households created after the chunk was read stay)
            java.util.Set<String> read = new java.util.HashSet<>();
            chunk.households().forEach(h -> read.add(h.id()));
            for (PersonCircleRows.Row gone : stored.values()) {
                if (read.contains(gone.householdId())) {
                    rows.addDelete(gone.personId(), cutoff);
                    done[3]++;
                }
            }
        }
        if (done[1] + done[2] + done[3] > 0) {
            int[] written = rows.flush();
            done[1] = written[0];
            done[2] = written[1];
            done[3] = written[2];
        }
        return done;
    }
}
