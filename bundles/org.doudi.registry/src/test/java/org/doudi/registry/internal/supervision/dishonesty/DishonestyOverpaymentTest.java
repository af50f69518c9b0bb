package org.doudi.registry.internal.supervision.dishonesty;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.supervision.DishonestyMonth;
import org.junit.Test;

/** The overpayment from the payment history, to the fen, and the fine of 1 to 3 times it. */
public class DishonestyOverpaymentTest {
    private static Enrolment enrolment(String id, String amount, YearMonth start, EnrolmentChange... later) {
        List<EnrolmentChange> history = new ArrayList<>();
        history.add(new EnrolmentChange(EnrolmentStatus.ACTIVE, null, "granted", start.atDay(1), null, "t"));
        history.addAll(List.of(later));
        EnrolmentChange last = history.get(history.size() - 1);
        return new Enrolment(id, "hh", "dibao", "case-" + id, "tianshanlu", new BigDecimal(amount), start,
                start.atDay(1).plusYears(1), null, last.status(), last.reason(), last.on(), null, history, 1);
    }

    private static EnrolmentChange change(EnrolmentStatus s, TerminationReason r, String on) {
        return new EnrolmentChange(s, r, null, LocalDate.parse(on), null, "t");
    }

    /** 530.00 from January, suspended over March, ended in May; re-granted at 612.35 from June. */
    private static List<Enrolment> history() {
        Enrolment first = enrolment("a", "530.00", YearMonth.of(2024, 1),
                change(EnrolmentStatus.SUSPENDED, TerminationReason.PENDING_VERIFICATION, "2024-03-01"),
                change(EnrolmentStatus.ACTIVE, null, "2024-03-20"),
                change(EnrolmentStatus.TERMINATED, TerminationReason.INELIGIBLE, "2024-05-15"));
        Enrolment second = enrolment("b", "612.35", YearMonth.of(2024, 6));
        Enrolment recognition = enrolment("edge", "0.00", YearMonth.of(2024, 1));
        return List.of(second, recognition, first);
    }

    @Test
    public void eachMonthOnTheRollCountsWithTheAmountThenPaid() {
        List<DishonestyMonth> months = Overpayments.months(history(), YearMonth.of(2024, 1), YearMonth.of(2024, 8),
                Set.of()).months();
        assertEquals(List.of(
                new DishonestyMonth("2024-01", "a", new BigDecimal("530.00")),
                new DishonestyMonth("2024-02", "a", new BigDecimal("530.00")),
                new DishonestyMonth("2024-04", "a", new BigDecimal("530.00")),
                new DishonestyMonth("2024-05", "a", new BigDecimal("530.00")),
                new DishonestyMonth("2024-06", "b", new BigDecimal("612.35")),
                new DishonestyMonth("2024-07", "b", new BigDecimal("612.35")),
                new DishonestyMonth("2024-08", "b", new BigDecimal("612.35"))), months);
        // 4 × 530.00 + 3 × 612.35: March (suspended on its first day) is not counted
        assertEquals(new BigDecimal("3957.05"), Overpayments.total(months));
    }

    @Test
    public void monthsOutsideTheEnrolmentsCountNothing() {
        assertEquals(List.of(), Overpayments.months(history(), YearMonth.of(2023, 1), YearMonth.of(2023, 12), Set.of())
                .months());
        assertEquals(new BigDecimal("0.00"), Overpayments.total(List.of()));
        assertEquals(3, Overpayments.months(history(), YearMonth.of(2024, 3), YearMonth.of(2024, 6), Set.of()).months()
                .size());
    }

    @Test
    public void eachMonthIsTakenOnItsFirstDayStatusNotTodays() {
        // 612.35 from June, suspended on 2024-09-10 (a reported death), still suspended today: June to September
        // were all on the roll (active on their first day); October is not.
        Enrolment suspended = enrolment("c", "612.35", YearMonth.of(2024, 6),
                change(EnrolmentStatus.SUSPENDED, TerminationReason.PENDING_VERIFICATION, "2024-09-10"));
        Overpayments.Claim c = Overpayments.months(List.of(suspended), YearMonth.of(2024, 6), YearMonth.of(2024, 10),
                Set.of());
        assertEquals(List.of("2024-06", "2024-07", "2024-08", "2024-09"), c.months().stream()
                .map(DishonestyMonth::month).toList());
        assertEquals("4 × 612.35", new BigDecimal("2449.40"), Overpayments.total(c.months()));
    }

    @Test
    public void aMonthTheReconciliationFoundNotPaidIsLeftOut() {
        Overpayments.Claim c = Overpayments.months(history(), YearMonth.of(2024, 1), YearMonth.of(2024, 8),
                Set.of(Overpayments.key("a", "2024-02"), Overpayments.key("b", "2024-07")));
        assertEquals(List.of(new DishonestyMonth("2024-02", "a", new BigDecimal("530.00")),
                new DishonestyMonth("2024-07", "b", new BigDecimal("612.35"))), c.notPaid());
        assertEquals(5, c.months().size());
        // 3 × 530.00 + 2 × 612.35 (3957.05 less 530.00 and 612.35)
        assertEquals(new BigDecimal("2814.70"), Overpayments.total(c.months()));
    }

    @Test
    public void theFineIsTheMultipleOfTheOverpaymentRoundedHalfUpToTheFen() {
        BigDecimal overpaid = new BigDecimal("3957.05");
        assertEquals(new BigDecimal("3957.05"), Overpayments.fine(overpaid, new BigDecimal("1.00")));
        assertEquals(new BigDecimal("5935.58"), Overpayments.fine(overpaid, new BigDecimal("1.50")));
        assertEquals(new BigDecimal("11871.15"), Overpayments.fine(overpaid, new BigDecimal("3.00")));
    }
}
