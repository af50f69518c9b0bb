package org.doudi.registry.internal.bulk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The stored circles ({@code person_circle}) of a chunk's households, and the writes that bring them up to date.
 * Every update and delete is guarded by {@code computed_at < cutoff}: a row that a household write, case step or
 * enrolment change recomputed since the pass began is that transaction's, and the pass leaves it alone.
 */
final class PersonCircleRows implements AutoCloseable {

    /** A stored row. */
    record Row(String personId, String householdId, String street, Integer circle, String reason) {

        boolean same(String otherHousehold, String otherStreet, Integer otherCircle, String otherReason) {
            return householdId.equals(otherHousehold) && street.equals(otherStreet)
                    && Objects.equals(circle, otherCircle) && reason.equals(otherReason);
        }
    }

    private final PreparedStatement select;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement delete;

    PersonCircleRows(Connection read, Connection write) throws SQLException {
        select = read.prepareStatement("SELECT person_id, household_id, street, circle, reason FROM person_circle"
                + " WHERE household_id > ? AND household_id <= ?");
        insert = write.prepareStatement("INSERT INTO person_circle (person_id, household_id, street, circle, reason,"
                + " as_of, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        update = write.prepareStatement("UPDATE person_circle SET household_id = ?, street = ?, circle = ?, reason = ?,"
                + " as_of = ?, computed_at = ? WHERE person_id = ? AND computed_at < ?");
        delete = write.prepareStatement("DELETE FROM person_circle WHERE person_id = ? AND computed_at < ?");
    }

    /** The rows of the households with {@code after < household_id <= last}, by person. */
    Map<String, Row> read(String after, String last) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        select.setString(1, after);
        select.setString(2, last);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        Columns.integer(rs, 4), rs.getString(5)));
            }
        }
        return rows;
    }

    void addInsert(String personId, String householdId, String street, Integer circle, String reason, LocalDate asOf,
            LocalDateTime at) throws SQLException {
        insert.setString(1, personId);
        insert.setString(2, householdId);
        insert.setString(3, street);
        setCircle(insert, 4, circle);
        insert.setString(5, reason);
        insert.setDate(6, Date.valueOf(asOf));
        insert.setTimestamp(7, Timestamp.valueOf(at));
        insert.addBatch();
    }

    void addUpdate(String personId, String householdId, String street, Integer circle, String reason, LocalDate asOf,
            LocalDateTime at, LocalDateTime cutoff) throws SQLException {
        update.setString(1, householdId);
        update.setString(2, street);
        setCircle(update, 3, circle);
        update.setString(4, reason);
        update.setDate(5, Date.valueOf(asOf));
        update.setTimestamp(6, Timestamp.valueOf(at));
        update.setString(7, personId);
        update.setTimestamp(8, Timestamp.valueOf(cutoff));
        update.addBatch();
    }

    void addDelete(String personId, LocalDateTime cutoff) throws SQLException {
        delete.setString(1, personId);
        delete.setTimestamp(2, Timestamp.valueOf(cutoff));
        delete.addBatch();
    }

    /** Runs the batched writes (deletes, updates, then inserts); returns the rows inserted, updated, deleted. */
    int[] flush() throws SQLException {
        int deleted = sum(delete.executeBatch());
        int updated = sum(update.executeBatch());
        int inserted = sum(insert.executeBatch());
        return new int[] {inserted, updated, deleted};
    }

    /** Rows a batch changed (a guarded statement that matched nothing counts 0). */
    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, c);
        }
        return n;
    }

    /** Drops batched writes that were not run. */
    void clear() throws SQLException {
        delete.clearBatch();
        update.clearBatch();
        insert.clearBatch();
    }

    private static void setCircle(PreparedStatement ps, int index, Integer circle) throws SQLException {
        if (circle == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, circle);
        }
    }

    @Override
    public void close() throws SQLException {
        try (select; insert; update; delete) {
            // all closed
        }
    }
}
