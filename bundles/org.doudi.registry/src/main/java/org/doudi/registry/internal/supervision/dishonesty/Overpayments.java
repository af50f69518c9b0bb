package org.doudi.registry.internal.supervision.dishonesty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.supervision.DishonestyMonth;

/**
 * The overpayment of a dishonesty record, from what was paid: for each month of the period (only months that are
 * over may be claimed), every enrolment that was active on that month's first day — the payroll's rule, by the
 * status on the first day only, never today's — counts with its monthly amount, unless a stored reconciliation of
 * that month lists the enrolment as on the roll but not paid (the money did not actually go out). A change of amount
 * is a new enrolment (a new grant), so each month takes the amount of the enrolment then paid; suspended or ended
 * months count nothing.
 */
final class Overpayments {

    /** The months counted, and the months on the roll left out because the money was not paid. */
    record Claim(List<DishonestyMonth> months, List<DishonestyMonth> notPaid) {
    }

    private Overpayments() {
    }

    /** The key of an enrolment-month in {@code notPaid}: {@code enrolmentId|yyyy-MM}. */
    static String key(String enrolmentId, String month) {
        return enrolmentId + "|" + month;
    }

    static Claim months(List<Enrolment> enrolments, YearMonth from, YearMonth to, Set<String> notPaid) {
        List<Enrolment> ordered = new ArrayList<>(enrolments);
        ordered.sort(Comparator.comparing(Enrolment::startMonth).thenComparing(Enrolment::id));
        List<DishonestyMonth> out = new ArrayList<>();
        List<DishonestyMonth> excluded = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            for (Enrolment e : ordered) {
                if (e.monthlyAmount().signum() > 0 && activeOnFirstDay(e, m)) {
                    DishonestyMonth dm = new DishonestyMonth(m.toString(), e.id(), e.monthlyAmount());
                    (notPaid.contains(key(e.id(), m.toString())) ? excluded : out).add(dm);
                }
            }
        }
        return new Claim(List.copyOf(out), List.copyOf(excluded));
    }

    /** Whether {@code e} was active on the first day of {@code month}: its status then, whatever happened later. */
    static boolean activeOnFirstDay(Enrolment e, YearMonth month) {
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
        return status == EnrolmentStatus.ACTIVE;
    }

    static BigDecimal total(List<DishonestyMonth> months) {
        return months.stream().map(DishonestyMonth::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The fine: {@code multiple × overpaid}, rounded half-up to the fen. */
    static BigDecimal fine(BigDecimal overpaid, BigDecimal multiple) {
        return overpaid.multiply(multiple).setScale(2, RoundingMode.HALF_UP);
    }
}
