package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
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
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.Payroll;
import org.doudi.api.casework.TerminationReason;
import org.doudi.registry.internal.casework.PayrollRoll;

/**
 * Every enrolment that could be paid for a month (started by then), with its status history and its full payee
 * account, read in two scans; and the month's roll drawn from them by {@link PayrollRoll}, the rule the payment
 * roll itself follows.
 *
 * @param enrolments the enrolments (accounts unmasked: for comparison only, never shown)
 * @param roll       the month's payment roll over every program and street
 */
record RollSnapshot(List<Enrolment> enrolments, Payroll roll) {

    static RollSnapshot load(Connection c, YearMonth month, LocalDate today) throws SQLException {
        Map<String, List<EnrolmentChange>> history = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.enrolment_id, c.status, c.reason, c.effective_on"
                + " FROM enrolment_change c JOIN enrolment e ON e.id = c.enrolment_id WHERE e.start_month <= ?"
                + " ORDER BY c.enrolment_id, c.seq")) {
            ps.setFetchSize(10_000);
            ps.setString(1, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    history.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(new EnrolmentChange(
                            EnrolmentStatus.valueOf(rs.getString(2)), reason(rs.getString(3)),
                            null, rs.getDate(4).toLocalDate(), null, null));
                }
            }
        }
        List<Enrolment> enrolments = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, household_id, program_id, case_id, street,"
                + " monthly_amount, start_month, payee_account, status, status_reason, status_since FROM enrolment"
                + " WHERE start_month <= ? ORDER BY id")) {
            ps.setFetchSize(10_000);
            ps.setString(1, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    EnrolmentStatus status = EnrolmentStatus.valueOf(rs.getString(9));
                    TerminationReason reason = reason(rs.getString(10));
                    BigDecimal amount = rs.getBigDecimal(6);
                    enrolments.add(new Enrolment(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2),
                            YearMonth.parse(rs.getString(7)), null, rs.getString(8), status, reason,
                            rs.getDate(11).toLocalDate(), Enrolment.beneficiaryStatus(status, reason),
                            history.getOrDefault(id, List.of()), 0));
                }
            }
        }
        return new RollSnapshot(enrolments, PayrollRoll.draw(enrolments, month, null, null, today));
    }

    private static TerminationReason reason(String name) {
        return name == null ? null : TerminationReason.valueOf(name);
    }
}
