package org.doudi.registry.internal.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.Payroll;
import org.doudi.api.casework.PayrollLine;

/**
 * Draws a month's payment roll from enrolments: an enrolment is paid for month M when it is active on M's first
 * day (the grant counts from the first day of its start month). A month not over yet is drawn on the current
 * status as well, so a suspension — a reported death — takes the recipient off the roll at once. Recognitions
 * without cash (dibao-edge, rigid-expenditure) are enrolments too, but nothing is paid: they are not on the roll.
 */
public final class PayrollRoll {

    private PayrollRoll() {
    }

    public static Payroll draw(List<Enrolment> enrolments, YearMonth month, String programId, String street, LocalDate today) {
        List<PayrollLine> lines = new ArrayList<>();
        for (Enrolment e : enrolments) {
            if (e.monthlyAmount().signum() > 0 && paid(e, month, today)) {
                lines.add(new PayrollLine(e.id(), e.householdId(), e.programId(), e.street(), e.payeeAccount(),
                        e.monthlyAmount()));
            }
        }
        lines.sort(Comparator.comparing(PayrollLine::street).thenComparing(PayrollLine::householdId)
                .thenComparing(PayrollLine::programId));
        Map<String, BigDecimal> byStreet = new TreeMap<>();
        Map<String, BigDecimal> byProgram = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (PayrollLine l : lines) {
            byStreet.merge(l.street(), l.amount(), BigDecimal::add);
            byProgram.merge(l.programId(), l.amount(), BigDecimal::add);
            total = total.add(l.amount());
        }
        return new Payroll(month, programId, street, lines, byStreet, byProgram, total, lines.size());
    }

    /** Whether {@code e} is on the roll of {@code month} (whatever its amount), seen on {@code today}. */
    public static boolean paid(Enrolment e, YearMonth month, LocalDate today) {
        if (month.isBefore(e.startMonth())) {
            return false;
        }
        LocalDate first = month.atDay(1);
        EnrolmentStatus status = null;
        List<EnrolmentChange> history = e.history();
        for (int i = 0; i < history.size(); i++) {
            LocalDate effective = i == 0 ? e.startMonth().atDay(1) : history.get(i).on();
            if (!effective.isAfter(first)) {
                status = history.get(i).status();
            }
        }
        boolean monthNotOver = !month.atEndOfMonth().isBefore(today);
        return status == EnrolmentStatus.ACTIVE && (!monthNotOver || e.status() == EnrolmentStatus.ACTIVE);
    }
}
