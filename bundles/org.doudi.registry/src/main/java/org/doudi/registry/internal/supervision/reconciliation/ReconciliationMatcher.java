package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.PayrollLine;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.supervision.MismatchKind;

/**
 * Compares the platform's rows with the month's roll. A row is matched to our roll by its ID number's household
 * (active membership first, then households the person left, latest first) and program; each PAID row then yields
 * at most one mismatch — PAID_TWICE, PAID_TO_DECEASED, or by the enrolment's state (on the roll: AMOUNT_DIFFERS
 * and/or ACCOUNT_DIFFERS; off it: PAID_WHILE_TERMINATED, PAID_WHILE_SUSPENDED, PAID_NOT_ON_ROLL) — and every roll
 * payment no PAID row reached is ON_ROLL_NOT_PAID. A row with a value that cannot be read (status PAID or unreadable)
 * is UNREADABLE_ROW, counted as paid under no street. AMOUNT_DIFFERS holds the signed difference paid − roll.
 * Deterministic: rows in file order, then the roll in its order.
 */
final class ReconciliationMatcher {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private final YearMonth month;
    private final LocalDate today;
    private final Map<String, List<Membership>> people;
    private final Map<String, List<Enrolment>> byHouseholdProgram = new HashMap<>();
    private final Map<String, PayrollLine> roll = new HashMap<>();
    private final List<PayrollLine> rollOrder;
    private final Set<String> reached = new HashSet<>();
    private final Map<String, Long> firstPaid = new HashMap<>();
    private final Map<String, List<FundPaymentRow>> unpaidRows = new HashMap<>();

    /** What the comparison found: the mismatches (unpaid ones without an ID number yet) and the PAID rows. */
    record Outcome(List<MismatchDraft> mismatches, List<PaidPayment> paid, Set<String> unpaidHouseholds) {
    }

    private record Target(Membership membership, Enrolment enrolment) {
        String street() {
            return enrolment != null ? enrolment.street() : membership == null ? null : membership.street();
        }

        String householdId() {
            return enrolment != null ? enrolment.householdId() : membership == null ? null : membership.householdId();
        }
    }

    ReconciliationMatcher(YearMonth month, LocalDate today, RollSnapshot snapshot,
            Map<String, List<Membership>> people) {
        this.month = month;
        this.today = today;
        this.people = people;
        for (Enrolment e : snapshot.enrolments()) {
            byHouseholdProgram.computeIfAbsent(key(e.householdId(), e.programId()), k -> new ArrayList<>(1)).add(e);
        }
        for (PayrollLine l : snapshot.roll().lines()) {
            roll.put(l.enrolmentId(), l);
        }
        rollOrder = snapshot.roll().lines();
    }

    Outcome match(List<FundPaymentRow> rows) {
        List<MismatchDraft> found = new ArrayList<>();
        List<PaidPayment> paid = new ArrayList<>();
        for (FundPaymentRow row : rows) {
            if (row.unreadable()) {
                BigDecimal amount = row.amount() == null ? ZERO : row.amount();
                paid.add(new PaidPayment(null, row.programId(), amount, false, true));
                found.add(new MismatchDraft(MismatchKind.UNREADABLE_ROW, null, row.programId(), null, null,
                        row.idNumber(), row.line(), null, null, row.amount(), amount, null, row.account(),
                        MismatchDetails.unreadable(row)));
                continue;
            }
            Target t = target(row);
            if (!row.paid()) {
                if (t.enrolment() != null) {
                    unpaidRows.computeIfAbsent(t.enrolment().id(), k -> new ArrayList<>(1)).add(row);
                }
                continue;
            }
            int before = found.size();
            boolean onRoll = paidRow(row, t, found);
            paid.add(new PaidPayment(t.street(), row.programId(), row.amount(), onRoll, found.size() > before));
        }
        Set<String> unpaidHouseholds = new LinkedHashSet<>();
        for (PayrollLine l : rollOrder) {
            if (!reached.contains(l.enrolmentId())) {
                unpaidHouseholds.add(l.householdId());
                found.add(new MismatchDraft(MismatchKind.ON_ROLL_NOT_PAID, l.street(), l.programId(), l.householdId(),
                        l.enrolmentId(), null, null, null, l.amount(), null, l.amount(), l.payeeAccount(), null,
                        MismatchDetails.notPaid(l, unpaidRows.getOrDefault(l.enrolmentId(), List.of()))));
            }
        }
        return new Outcome(found, paid, unpaidHouseholds);
    }

    /** Adds the row's mismatches; true when it is the (first) payment of a line of the roll. */
    private boolean paidRow(FundPaymentRow row, Target t, List<MismatchDraft> found) {
        Enrolment e = t.enrolment();
        PayrollLine line = e == null ? null : roll.get(e.id());
        String twiceKey = e != null ? "E:" + e.id() : "P:" + key(row.idNumber(), row.programId());
        Long first = firstPaid.putIfAbsent(twiceKey, row.line());
        if (first != null) {
            found.add(draft(MismatchKind.PAID_TWICE, row, t, line, first, row.amount(),
                    MismatchDetails.twice(row, first)));
            return false;
        }
        if (line != null) {
            reached.add(e.id());
        }
        LocalDate firstDay = month.atDay(1);
        Membership dead = people.getOrDefault(row.idNumber(), List.of()).stream().filter(m -> m.deadBy(firstDay))
                .findFirst().orElse(null);
        if (dead != null) {
            found.add(draft(MismatchKind.PAID_TO_DECEASED, row, t, line, null, row.amount(),
                    MismatchDetails.deadPerson(row, dead.endedOn())));
            return line != null;
        }
        if (line != null) {
            if (line.amount().compareTo(row.amount()) != 0) {
                found.add(draft(MismatchKind.AMOUNT_DIFFERS, row, t, line, null,
                        row.amount().subtract(line.amount()), MismatchDetails.amount(row, line)));
            }
            if (!sameAccount(line.payeeAccount(), row.account())) {
                found.add(draft(MismatchKind.ACCOUNT_DIFFERS, row, t, line, null, row.amount(),
                        MismatchDetails.account(row, line)));
            }
            return true;
        }
        EnrolmentChange status = e == null ? null : EnrolmentMonth.status(e, month, today);
        MismatchKind kind = MismatchKind.PAID_NOT_ON_ROLL;
        if (status != null && status.status() == EnrolmentStatus.TERMINATED) {
            kind = status.reason() == TerminationReason.DECEASED ? MismatchKind.PAID_TO_DECEASED
                    : MismatchKind.PAID_WHILE_TERMINATED;
        } else if (status != null && status.status() == EnrolmentStatus.SUSPENDED) {
            kind = MismatchKind.PAID_WHILE_SUSPENDED;
        }
        found.add(draft(kind, row, t, null, null, row.amount(), MismatchDetails.offRoll(row, t.membership(), e, status,
                month)));
        return false;
    }

    private MismatchDraft draft(MismatchKind kind, FundPaymentRow row, Target t, PayrollLine line, Long firstLine,
            BigDecimal amount, String detail) {
        Enrolment e = t.enrolment();
        return new MismatchDraft(kind, t.street(), row.programId(), t.householdId(), e == null ? null : e.id(),
                row.idNumber(), row.line(), firstLine, line == null ? null : line.amount(), row.amount(), amount,
                e == null ? null : e.payeeAccount(), row.account(), detail);
    }

    /** The household and enrolment a row is for: the first of the person's households with that program. */
    private Target target(FundPaymentRow row) {
        List<Membership> memberships = people.getOrDefault(row.idNumber(), List.of());
        for (Membership m : memberships) {
            List<Enrolment> candidates = byHouseholdProgram.get(key(m.householdId(), row.programId()));
            if (candidates != null) {
                return new Target(m, choose(candidates));
            }
        }
        return new Target(memberships.isEmpty() ? null : memberships.get(0), null);
    }

    /** The enrolment on the roll, else the latest one. */
    private Enrolment choose(List<Enrolment> candidates) {
        return candidates.stream().max(Comparator.comparing((Enrolment e) -> roll.containsKey(e.id()))
                .thenComparing(Enrolment::startMonth).thenComparing(Enrolment::statusSince)
                .thenComparing(Enrolment::id)).orElseThrow();
    }

    static boolean sameAccount(String ours, String paidTo) {
        return ours != null && paidTo != null && ours.replaceAll("\\s+", "").equals(paidTo);
    }

    private static String key(String a, String b) {
        return a + '\u0000' + b;
    }
}
