package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import org.doudi.api.monitoring.WarningStatus;

/** Writes new warnings with plain JDBC batches (the bulk path); the caller commits. */
final class WarningWriter implements AutoCloseable {
    private final PreparedStatement insert;
    private final PreparedStatement both;
    private final Timestamp raisedAt;
    private int pending;

    WarningWriter(Connection c, LocalDateTime raisedAt) throws SQLException {
        this.insert = c.prepareStatement("INSERT INTO warning (id, fact_hash, feed_type, severity, status,"
                + " suggested_action, person_id, id_number, household_id, street, fact_date, fact_key, fact_amount,"
                + " facts, enrolments, suspension_due, source, batch_id, run_month, raised_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        this.both = c.prepareStatement("UPDATE warning SET source = 'BOTH', version = version + 1"
                + " WHERE fact_hash = ? AND source = 'CITY_PLATFORM'");
        this.raisedAt = Timestamp.valueOf(raisedAt);
    }

    /** Our comparison found a fact the city platform reported already: that warning's source becomes BOTH. */
    void foundToo(String factHash) throws SQLException {
        both.setString(1, factHash);
        both.addBatch();
        pending++;
    }

    void add(WarningDraft d) throws SQLException {
        insert.setString(1, d.id());
        insert.setString(2, d.factHash());
        insert.setString(3, d.type().id());
        insert.setString(4, d.severity().name());
        insert.setString(5, WarningStatus.OPEN.name());
        insert.setString(6, d.action().name());
        insert.setString(7, d.personId());
        insert.setString(8, d.idNumber());
        insert.setString(9, d.householdId());
        insert.setString(10, d.street());
        insert.setDate(11, java.sql.Date.valueOf(d.factDate()));
        insert.setString(12, d.factKey());
        if (d.factAmount() == null) {
            insert.setNull(13, Types.DECIMAL);
        } else {
            insert.setBigDecimal(13, d.factAmount());
        }
        insert.setString(14, d.facts());
        insert.setString(15, d.enrolments());
        insert.setBoolean(16, d.suspensionDue());
        insert.setString(17, d.source().name());
        insert.setString(18, d.batchId());
        insert.setString(19, d.month());
        insert.setTimestamp(20, raisedAt);
        insert.addBatch();
        pending++;
    }

    int pending() {
        return pending;
    }

    /** Sends the pending rows (the caller then commits). */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            both.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        both.close();
        insert.close();
    }
}
