package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.monitoring.WarningStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes new warnings with plain JDBC batches (the bulk path); the caller commits. A duplicate never fails a job:
 * if a batch hits the unique {@code fact_hash} (another writer raised the same fact first — jobs that write warnings
 * are serialised by {@link WarningWriteLock}, so this is the safety net, e.g. for a second server on the same
 * database), the batch is undone to a savepoint and its rows are inserted one by one, each under its own savepoint,
 * skipping the duplicates. Savepoints keep this portable: PostgreSQL aborts the whole transaction on an error.
 */
final class WarningWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarningWriter.class);

    private final Connection c;
    private final PreparedStatement insert;
    private final PreparedStatement both;
    private final Timestamp raisedAt;
    private final List<WarningDraft> drafts = new ArrayList<>();
    private int updates;

    WarningWriter(Connection c, LocalDateTime raisedAt) throws SQLException {
        this.c = c;
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
        updates++;
    }

    void add(WarningDraft d) throws SQLException {
        bind(d);
        insert.addBatch();
        drafts.add(d);
    }

    int pending() {
        return drafts.size() + updates;
    }

    /**
     * Sends the pending rows (the caller then commits).
     *
     * @return the drafts not written because their fact had a warning already (usually none)
     */
    List<WarningDraft> flush() throws SQLException {
        List<WarningDraft> skipped = List.of();
        if (!drafts.isEmpty()) {
            Savepoint before = c.setSavepoint();
            try {
                insert.executeBatch();
                c.releaseSavepoint(before);
            } catch (SQLException e) {
                if (!Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
                c.rollback(before);
                insert.clearBatch();
                skipped = oneByOne();
                LOG.warn("{} of {} warnings skipped: their fact was raised by another writer first", skipped.size(),
                        drafts.size());
            }
            drafts.clear();
        }
        if (updates > 0) {
            both.executeBatch();
            updates = 0;
        }
        return skipped;
    }

    private List<WarningDraft> oneByOne() throws SQLException {
        List<WarningDraft> skipped = new ArrayList<>();
        for (WarningDraft d : drafts) {
            bind(d);
            Savepoint row = c.setSavepoint();
            try {
                insert.executeUpdate();
                c.releaseSavepoint(row);
            } catch (SQLException e) {
                if (!Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
                c.rollback(row);
                skipped.add(d);
            }
        }
        return skipped;
    }

    private void bind(WarningDraft d) throws SQLException {
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
    }

    @Override
    public void close() throws SQLException {
        both.close();
        insert.close();
    }
}
