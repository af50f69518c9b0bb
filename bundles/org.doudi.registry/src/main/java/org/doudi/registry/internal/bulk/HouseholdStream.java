package org.doudi.registry.internal.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.doudi.api.StreetDirectory;

/**
 * Reads the whole registry (or one street) as complete {@link org.doudi.api.registry.Household} records, chunk by
 * chunk in id order: per chunk six queries (households, members with tags, incomes, assets, expenditures, live
 * enrolments) over the chunk's id range, merged by household id — never a query per household, and never more
 * than two chunks in memory. A record equals what the JPA read gives ({@code HouseholdMapper.toRecord} then
 * {@code LiveEnrolments.attach}): members in order with their tags, incomes, assets and expenditures, and the live
 * enrolments on the day asked for. No derived figures, no circles.
 *
 * <p>The next chunk is read on a helper thread while the caller handles the current one, so reading and the
 * caller's work overlap. Each chunk is read at READ COMMITTED like a JPA read: a household written while its
 * chunk is read may be seen half before and half after the write, as with the per-household read.
 */
public final class HouseholdStream {

    /** Households per chunk unless told otherwise. */
    public static final int DEFAULT_CHUNK = 1000;

    /** What a reader does with each chunk; false stops the stream. */
    @FunctionalInterface
    public interface ChunkHandler {
        boolean handle(HouseholdChunk chunk) throws Exception;
    }

    private final DataSource dataSource;
    private final StreetDirectory streets;
    private final int chunk;

    public HouseholdStream(DataSource dataSource, StreetDirectory streets) {
        this(dataSource, streets, DEFAULT_CHUNK);
    }

    public HouseholdStream(DataSource dataSource, StreetDirectory streets, int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be positive");
        }
        this.dataSource = dataSource;
        this.streets = streets;
        this.chunk = chunk;
    }

    /**
     * Reads every household whose id is after {@code after}, in id order, and hands them over chunk by chunk on
     * the calling thread.
     *
     * @param street         only this street's households, or null for all
     * @param after          start after this household id; null or empty to start at the first
     * @param enrolmentsAsOf attach the programs with a live enrolment on this day (as the JPA read does); null to
     *                       attach none
     * @param handler        takes each chunk; returning false stops the reading
     * @return the number of households handed over
     */
    public long read(String street, String after, LocalDate enrolmentsAsOf, ChunkHandler handler) throws Exception {
        Map<String, String> labels = new HashMap<>();
        streets.streets().forEach(s -> labels.put(s.id(), s.label()));
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "doudi-household-stream");
            t.setDaemon(true);
            return t;
        });
        try (Connection c = dataSource.getConnection();
                ChunkReader reader = new ChunkReader(c, new HouseholdSql(street != null, chunk), street,
                        enrolmentsAsOf == null ? null : YearMonth.from(enrolmentsAsOf).toString(), labels)) {
            long read = 0;
            Future<HouseholdChunk> next = ahead.submit(() -> reader.read(after == null ? "" : after));
            try {
                while (true) {
                    HouseholdChunk current = await(next);
                    next = null;
                    if (current == null) {
                        return read;
                    }
                    next = ahead.submit(() -> reader.read(current.last()));
                    read += current.households().size();
                    if (!handler.handle(current)) {
                        return read;
                    }
                }
            } finally {
                if (next != null) {
                    finish(next); // never close the connection under a running read
                }
            }
        } finally {
            ahead.shutdown();
        }
    }

    private static HouseholdChunk await(Future<HouseholdChunk> next) throws Exception {
        try {
            return next.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    private static void finish(Future<HouseholdChunk> pending) {
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the caller is already leaving with its own outcome
        }
    }

    /** The prepared queries of one stream, run on one connection by one thread at a time. */
    private static final class ChunkReader implements AutoCloseable {
        private final PreparedStatement heads;
        private final PreparedStatement members;
        private final PreparedStatement incomes;
        private final PreparedStatement assets;
        private final PreparedStatement expenditures;
        private final PreparedStatement enrolments;
        private final String street;
        private final String month;
        private final Map<String, String> labels;

        ChunkReader(Connection c, HouseholdSql sql, String street, String month, Map<String, String> labels)
                throws SQLException {
            heads = c.prepareStatement(sql.households);
            members = c.prepareStatement(sql.members);
            incomes = c.prepareStatement(sql.incomes);
            assets = c.prepareStatement(sql.assets);
            expenditures = c.prepareStatement(sql.expenditures);
            enrolments = month == null ? null : c.prepareStatement(sql.liveEnrolments);
            this.street = street;
            this.month = month;
            this.labels = labels;
        }

        /** The chunk after {@code from}, or null when no household follows. */
        HouseholdChunk read(String from) throws SQLException {
            heads.setString(1, from);
            if (street != null) {
                heads.setString(2, street);
            }
            List<HouseholdRows.Head> chunkHeads = new ArrayList<>();
            try (ResultSet rs = heads.executeQuery()) {
                while (rs.next()) {
                    chunkHeads.add(HouseholdRows.head(rs, labels));
                }
            }
            if (chunkHeads.isEmpty()) {
                return null;
            }
            String last = chunkHeads.get(chunkHeads.size() - 1).id;
            HouseholdRows rows = new HouseholdRows(chunkHeads);
            rows.members(query(members, from, last, null));
            rows.incomes(query(incomes, from, last, null));
            rows.assets(query(assets, from, last, null));
            rows.expenditures(query(expenditures, from, last, null));
            if (enrolments != null) {
                rows.enrolments(query(enrolments, from, last, month));
            }
            return new HouseholdChunk(from, last, rows.households());
        }

        /** Binds the street, the range (and the month) and runs {@code ps}; the caller reads and closes the result. */
        private ResultSet query(PreparedStatement ps, String from, String last, String forMonth) throws SQLException {
            int i = 1;
            if (street != null) {
                ps.setString(i++, street);
                ps.setString(i++, from);
                ps.setString(i++, last);
            }
            ps.setString(i++, from);
            ps.setString(i++, last);
            if (forMonth != null) {
                ps.setString(i, forMonth);
            }
            return ps.executeQuery();
        }

        @Override
        public void close() throws SQLException {
            try (heads; members; incomes; assets; expenditures) {
                if (enrolments != null) {
                    enrolments.close();
                }
            }
        }
    }
}
