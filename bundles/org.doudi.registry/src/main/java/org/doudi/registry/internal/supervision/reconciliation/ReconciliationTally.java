package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doudi.api.casework.Payroll;
import org.doudi.api.casework.PayrollLine;
import org.doudi.api.supervision.MismatchKind;
import org.doudi.api.supervision.ReconciliationTotal;
import org.doudi.registry.internal.entity.ReconciliationTotalRow;

/**
 * The figures of a reconciliation, counted once for the district, per street and per program: the roll, the PAID
 * rows (unreadable ones included, so the district's paid total is the file's), those that reached no roll line, the
 * erroneous payments, the over- and underpaid differences and the mismatches of each kind. Only figures that are
 * not zero are kept; views fill in the zeros.
 */
final class ReconciliationTally {
    static final String ALL = "ALL";
    static final String STREET = "STREET";
    static final String PROGRAM = "PROGRAM";
    static final String ROLL = "ROLL";
    static final String PAID = "PAID";
    /** PAID rows that reached no line of the roll (not on it, a second payment, unreadable). */
    static final String PAID_OFF_ROLL = "PAID_OFF_ROLL";
    /** Payments with at least one mismatch: PAID rows, and roll lines not paid. */
    static final String ERRONEOUS = "ERRONEOUS";
    /** AMOUNT_DIFFERS paying more than the roll: the differences. */
    static final String OVERPAID = "OVERPAID";
    /** AMOUNT_DIFFERS paying less than the roll: the differences, as positive amounts. */
    static final String UNDERPAID = "UNDERPAID";
    /** The program key of unreadable rows whose program cannot be read. */
    static final String UNKNOWN_PROGRAM = "(unknown)";

    private final Map<String, long[]> counts = new TreeMap<>();
    private final Map<String, BigDecimal> amounts = new TreeMap<>();

    private ReconciliationTally() {
    }

    static List<ReconciliationTotalRow> of(Payroll roll, List<PaidPayment> paid, List<MismatchDraft> mismatches) {
        ReconciliationTally t = new ReconciliationTally();
        for (PayrollLine l : roll.lines()) {
            t.add(l.street(), l.programId(), ROLL, l.amount());
        }
        for (PaidPayment p : paid) {
            t.add(p.street(), p.programId(), PAID, p.amount());
            if (!p.onRoll()) {
                t.add(p.street(), p.programId(), PAID_OFF_ROLL, p.amount());
            }
            if (p.erroneous()) {
                t.add(p.street(), p.programId(), ERRONEOUS, p.amount());
            }
        }
        for (MismatchDraft m : mismatches) {
            t.add(m.street(), m.programId(), m.kind().name(), m.amount());
            if (m.kind() == MismatchKind.ON_ROLL_NOT_PAID) {
                t.add(m.street(), m.programId(), ERRONEOUS, m.amount());
            } else if (m.kind() == MismatchKind.AMOUNT_DIFFERS) {
                t.add(m.street(), m.programId(), m.amount().signum() > 0 ? OVERPAID : UNDERPAID, m.amount().abs());
            }
        }
        return t.rows();
    }

    private void add(String street, String programId, String measure, BigDecimal amount) {
        count(ALL, ReconciliationTotal.ALL, measure, amount);
        count(STREET, street == null ? ReconciliationTotal.NOT_REGISTERED : street, measure, amount);
        count(PROGRAM, programId == null ? UNKNOWN_PROGRAM : programId, measure, amount);
    }

    private void count(String dimension, String key, String measure, BigDecimal amount) {
        String k = dimension + '\u0000' + key + '\u0000' + measure;
        counts.computeIfAbsent(k, x -> new long[1])[0]++;
        amounts.merge(k, amount, BigDecimal::add);
    }

    private List<ReconciliationTotalRow> rows() {
        List<ReconciliationTotalRow> rows = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> {
            String[] parts = k.split("\u0000", 3);
            rows.add(new ReconciliationTotalRow(parts[0], parts[1], parts[2], n[0], amounts.get(k).setScale(2)));
        });
        return rows;
    }
}
