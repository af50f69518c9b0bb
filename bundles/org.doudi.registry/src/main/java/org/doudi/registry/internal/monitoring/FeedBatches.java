package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.jobs.JobState;
import org.doudi.api.monitoring.FeedType;

/** The {@code feed_batch} and {@code feed_record} tables, in plain JDBC on the caller's connection. */
final class FeedBatches {
    static final String LOADING = "LOADING";
    static final String LOADED = "LOADED";
    private static final String COLUMNS = "id, batch_no, feed_type, department, period, state, record_count";

    private FeedBatches() {
    }

    /** The batch of job {@code id}, created on the first call (a resumed job finds it). */
    static FeedBatch open(Connection c, String id, FeedType type, String department, String period, String fileName,
            String inputHash, String actor, LocalDateTime now) throws SQLException {
        FeedBatch existing = find(c, id);
        if (existing != null) {
            return existing;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_batch (id, feed_type, department, period,"
                + " file_name, input_hash, state, loaded_by, loaded_at, record_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            ps.setString(1, id);
            ps.setString(2, type.id());
            ps.setString(3, department);
            ps.setString(4, period);
            ps.setString(5, fileName);
            ps.setString(6, inputHash);
            ps.setString(7, LOADING);
            ps.setString(8, actor);
            ps.setTimestamp(9, Timestamp.valueOf(now));
            ps.executeUpdate();
        }
        return find(c, id);
    }

    static FeedBatch find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed_batch WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    /** The loaded batches of a period, oldest first. */
    static List<FeedBatch> loadedIn(Connection c, String period) throws SQLException {
        List<FeedBatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed_batch"
                + " WHERE period = ? AND state = ? ORDER BY batch_no")) {
            ps.setString(1, period);
            ps.setString(2, LOADED);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** The numbers of a period's batches still loading (not compared by its run), oldest first. */
    static List<Long> loadingIn(Connection c, String period) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_no FROM feed_batch"
                + " WHERE period = ? AND state = ? ORDER BY batch_no")) {
            ps.setString(1, period);
            ps.setString(2, LOADING);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The batches with these numbers, in {@code batch_no} order. */
    static List<FeedBatch> byNumbers(Connection c, List<Long> numbers) throws SQLException {
        List<FeedBatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed_batch WHERE batch_no = ?")) {
            for (long n : numbers.stream().sorted().toList()) {
                ps.setLong(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Death batches with committed records no comparison has covered yet, whose load job is not queued or running
     * (a load cancelled or failed part-way, a comparison that stopped): the sweeper compares them.
     */
    static List<FeedBatch> uncomparedDeaths(Connection c) throws SQLException {
        List<FeedBatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed_batch b"
                + " WHERE b.feed_type = ? AND b.compared_count < b.record_count AND NOT EXISTS"
                + " (SELECT 1 FROM job j WHERE j.id = b.id AND j.state IN (?, ?)) ORDER BY b.batch_no")) {
            ps.setString(1, FeedType.DEATH.id());
            ps.setString(2, JobState.QUEUED.name());
            ps.setString(3, JobState.RUNNING.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** Records that a comparison covered the batch's first {@code records} records (it never goes back). */
    static void compared(Connection c, String id, long records) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed_batch SET compared_count = ?"
                + " WHERE id = ? AND compared_count < ?")) {
            ps.setLong(1, records);
            ps.setString(2, id);
            ps.setLong(3, records);
            ps.executeUpdate();
        }
    }

    /** Drops records past {@code position}: whatever a stopped load wrote after its last checkpoint. */
    static void dropAfter(Connection c, long batchNo, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM feed_record WHERE batch_no = ? AND line_no > ?")) {
            ps.setLong(1, batchNo);
            ps.setLong(2, position);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed_batch SET record_count ="
                + " (SELECT COUNT(*) FROM feed_record WHERE batch_no = ?) WHERE batch_no = ?")) {
            ps.setLong(1, batchNo);
            ps.setLong(2, batchNo);
            ps.executeUpdate();
        }
    }

    static PreparedStatement recordInsert(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO feed_record (batch_no, line_no, id_number, fact_date, fact_key, amount,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    static void addRecord(PreparedStatement ps, long batchNo, FeedFact f) throws SQLException {
        ps.setLong(1, batchNo);
        ps.setLong(2, f.position());
        ps.setString(3, f.idNumber());
        ps.setDate(4, java.sql.Date.valueOf(f.date()));
        ps.setString(5, f.key());
        if (f.amount() == null) {
            ps.setNull(6, Types.DECIMAL);
        } else {
            ps.setBigDecimal(6, f.amount());
        }
        ps.setString(7, f.detail());
        ps.addBatch();
    }

    static void counted(Connection c, String id, long added) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed_batch SET record_count = record_count + ?"
                + " WHERE id = ?")) {
            ps.setLong(1, added);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    static void markLoaded(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed_batch SET state = ? WHERE id = ?")) {
            ps.setString(1, LOADED);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    private static FeedBatch row(ResultSet rs) throws SQLException {
        FeedType type = FeedType.ofId(rs.getString(3)).orElseThrow(() -> new IllegalStateException(
                "feed batch with an unknown type"));
        return new FeedBatch(rs.getString(1), rs.getLong(2), type, rs.getString(4), rs.getString(5),
                LOADED.equals(rs.getString(6)), rs.getLong(7));
    }
}
