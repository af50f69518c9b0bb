package org.doudi.registry.internal.supervision.dishonesty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.supervision.DishonestyMonth;
import org.doudi.registry.internal.casework.PayrollRoll;

/**
 * The overpayment of a dishonesty record, from the payment history: for each month of the period, every enrolment
 * that was on that month's roll (active on its first day, with a monthly amount — the payroll's own rule) counts with
 * its monthly amount. A change of amount is a new enrolment (a new grant), so each month takes the amount of the
 * enrolment then paid; suspended or ended months count nothing.
 */
final class Overpayments {

    private Overpayments() {
    }

    static List<DishonestyMonth> months(List<Enrolment> enrolments, YearMonth from, YearMonth to, LocalDate today) {
        List<Enrolment> ordered = new ArrayList<>(enrolments);
        ordered.sort(Comparator.comparing(Enrolment::startMonth).thenComparing(Enrolment::id));
        List<DishonestyMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            for (Enrolment e : ordered) {
                if (e.monthlyAmount().signum() > 0 && PayrollRoll.paid(e, m, today)) {
                    out.add(new DishonestyMonth(m.toString(), e.id(), e.monthlyAmount()));
                }
            }
        }
        return out;
    }

    static BigDecimal total(List<DishonestyMonth> months) {
        return months.stream().map(DishonestyMonth::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The fine: {@code multiple × overpaid}, rounded half-up to the fen. */
    static BigDecimal fine(BigDecimal overpaid, BigDecimal multiple) {
        return overpaid.multiply(multiple).setScale(2, RoundingMode.HALF_UP);
    }
}
