package org.doudi.registry.internal.casework;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.Payroll;
import org.doudi.api.casework.TerminationReason;
import org.junit.Test;

public class PayrollRollTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 10);

    private static Enrolment enrolment(String id, String street, String amount, String grantedOn, Object... changes) {
        List<EnrolmentChange> history = new ArrayList<>();
        history.add(new EnrolmentChange(EnrolmentStatus.ACTIVE, null, "granted", LocalDate.parse(grantedOn), Instant.EPOCH, "op"));
        EnrolmentStatus status = EnrolmentStatus.ACTIVE;
        TerminationReason reason = null;
        for (int i = 0; i < changes.length; i += 3) {
            status = (EnrolmentStatus) changes[i];
            reason = (TerminationReason) changes[i + 1];
            history.add(new EnrolmentChange(status, reason, null, LocalDate.parse((String) changes[i + 2]), Instant.EPOCH, "op"));
        }
        return new Enrolment(id, "H-" + id, "dibao", "C-" + id, street, new BigDecimal(amount),
                YearMonth.from(LocalDate.parse(grantedOn)), LocalDate.parse(grantedOn).plusYears(1), "****1234", status,
                reason, history.get(history.size() - 1).on(), Enrolment.beneficiaryStatus(status, reason), history, 1);
    }

    @Test
    public void theRollPaysEveryEnrolmentActiveOnTheFirstDayOfTheMonthWithTotals() {
        List<Enrolment> all = List.of(
                enrolment("a", "tianshanlu", "1590.00", "2024-09-20"),
                enrolment("b", "hongqiao", "330.00", "2024-10-31"),
                enrolment("c", "tianshanlu", "1330.00", "2024-11-05"),
                enrolment("d", "tianshanlu", "500.00", "2024-01-10", EnrolmentStatus.TERMINATED, TerminationReason.DECEASED,
                        "2024-10-15"),
                enrolment("e", "hongqiao", "800.00", "2024-01-10", EnrolmentStatus.SUSPENDED,
                        TerminationReason.PENDING_VERIFICATION, "2024-09-01"));
        Payroll october = PayrollRoll.draw(all, YearMonth.of(2024, 10), "dibao", null, TODAY);
        assertEquals(List.of("a", "b", "d"), october.lines().stream().map(l -> l.enrolmentId()).sorted().toList());
        assertEquals(new BigDecimal("2420.00"), october.total());
        assertEquals(new BigDecimal("2090.00"), october.totalsByStreet().get("tianshanlu"));
        assertEquals(new BigDecimal("330.00"), october.totalsByStreet().get("hongqiao"));
        assertEquals(3, october.count());
        Payroll november = PayrollRoll.draw(all, YearMonth.of(2024, 11), "dibao", null, TODAY);
        assertEquals(List.of("a", "b", "c"), november.lines().stream().map(l -> l.enrolmentId()).sorted().toList());
    }

    @Test
    public void aSuspensionTakesTheRecipientOffTheCurrentMonthAtOnce() {
        Enrolment suspended = enrolment("s", "tianshanlu", "1590.00", "2024-06-01", EnrolmentStatus.SUSPENDED,
                TerminationReason.PENDING_VERIFICATION, "2024-12-05");
        assertFalse("December is not over: drawn on the current status", PayrollRoll.paid(suspended, YearMonth.of(2024, 12), TODAY));
        assertTrue("November was paid", PayrollRoll.paid(suspended, YearMonth.of(2024, 11), TODAY));
        assertFalse("before the start month", PayrollRoll.paid(suspended, YearMonth.of(2024, 5), TODAY));
    }
}
