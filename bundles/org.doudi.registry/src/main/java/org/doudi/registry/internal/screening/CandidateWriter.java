package org.doudi.registry.internal.screening;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes a screening's candidates in JDBC batches and keeps its resume point ({@code screening_progress}) on the
 * same connection, so both commit with the job's checkpoint.
 */
final class CandidateWriter implements AutoCloseable {

    private final String screeningId;
    private final PreparedStatement insert;
    private final PreparedStatement moveProgress;
    private final PreparedStatement startProgress;
    private final PreparedStatement readProgress;

    CandidateWriter(Connection tx, String screeningId) throws SQLException {
        this.screeningId = screeningId;
        insert = tx.prepareStatement("INSERT INTO screening_candidate (screening_id, household_id, street, members,"
                + " per_capita_income, monthly_amount, previously_refused, refused_on, refusal_rules)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        moveProgress = tx.prepareStatement("UPDATE screening_progress SET last_household_id = ?"
                + " WHERE screening_id = ?");
        startProgress = tx.prepareStatement("INSERT INTO screening_progress (screening_id, last_household_id)"
                + " VALUES (?, ?)");
        readProgress = tx.prepareStatement("SELECT last_household_id FROM screening_progress WHERE screening_id = ?");
    }

    /** The last household whose outcome was committed, or "" before the first batch. */
    String resumeAfter() throws SQLException {
        readProgress.setString(1, screeningId);
        try (ResultSet rs = readProgress.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** Adds a candidate to the batch. */
    void add(String householdId, String street, int members, BigDecimal perCapitaIncome, BigDecimal monthlyAmount,
            Refusals.Refusal refusal) throws SQLException {
        insert.setString(1, screeningId);
        insert.setString(2, householdId);
        insert.setString(3, street);
        insert.setInt(4, members);
        setAmount(5, perCapitaIncome);
        setAmount(6, monthlyAmount);
        insert.setBoolean(7, refusal != null);
        if (refusal == null || refusal.decidedOn() == null) {
            insert.setNull(8, Types.DATE);
        } else {
            insert.setDate(8, Date.valueOf(refusal.decidedOn()));
        }
        insert.setString(9, refusal == null ? null : refusal.failedRules());
        insert.addBatch();
    }

    private void setAmount(int index, BigDecimal amount) throws SQLException {
        if (amount == null) {
            insert.setNull(index, Types.DECIMAL);
        } else {
            insert.setBigDecimal(index, amount);
        }
    }

    /** Runs the batch and moves the resume point to {@code lastHouseholdId} (uncommitted). */
    void flush(String lastHouseholdId) throws SQLException {
        insert.executeBatch();
        moveProgress.setString(1, lastHouseholdId);
        moveProgress.setString(2, screeningId);
        if (moveProgress.executeUpdate() == 0) {
            startProgress.setString(1, screeningId);
            startProgress.setString(2, lastHouseholdId);
            startProgress.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        try (insert; moveProgress; startProgress; readProgress) {
            // all closed
        }
    }
}
