package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.doudi.api.supervision.Mismatch;
import org.doudi.api.supervision.MismatchKind;
import org.doudi.api.supervision.MismatchResolution;
import org.doudi.api.supervision.MismatchTotal;
import org.doudi.api.supervision.Reconciliation;
import org.doudi.api.supervision.ReconciliationRowError;
import org.doudi.api.supervision.ReconciliationTotal;
import org.doudi.registry.internal.entity.ReconciliationEntity;
import org.doudi.registry.internal.entity.ReconciliationMismatchEntity;
import org.doudi.registry.internal.entity.ReconciliationTotalRow;

/** Stored reconciliations as the API shows them (in full: masking is the caller's view's job). */
final class ReconciliationViews {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private ReconciliationViews() {
    }

    /** {@code full}: with the figures per street and program and the row errors; otherwise a listing's summary. */
    static Reconciliation of(ReconciliationEntity r, long unresolved, boolean full) {
        List<ReconciliationTotalRow> rows = r.getTotals();
        List<ReconciliationTotal> all = totals(rows, ReconciliationTally.ALL);
        ReconciliationTotal total = all.isEmpty() ? total(ReconciliationTotal.ALL, List.of()) : all.get(0);
        List<ReconciliationRowError> errors = full ? r.getErrors().stream().map(e -> new ReconciliationRowError(
                e.getLine(), e.getField(), e.getRule(), e.getMessage())).collect(Collectors.toList()) : null;
        return new Reconciliation(r.getId(), YearMonth.parse(r.getMonth()), r.getFileName(), r.getFileSha256(),
                r.getRowCount(), r.getErrorCount(), total, full ? totals(rows, ReconciliationTally.STREET) : null,
                full ? totals(rows, ReconciliationTally.PROGRAM) : null, errors, unresolved, r.getRanBy(),
                r.getRanAt().toInstant(ZoneOffset.UTC));
    }

    /** The figures of one dimension, by key. */
    static List<ReconciliationTotal> totals(List<ReconciliationTotalRow> rows, String dimension) {
        Map<String, List<ReconciliationTotalRow>> byKey = new TreeMap<>();
        for (ReconciliationTotalRow t : rows) {
            if (dimension.equals(t.getDimension())) {
                byKey.computeIfAbsent(t.getGroupKey(), k -> new ArrayList<>()).add(t);
            }
        }
        List<ReconciliationTotal> out = new ArrayList<>(byKey.size());
        byKey.forEach((key, measures) -> out.add(total(key, measures)));
        return out;
    }

    private static ReconciliationTotal total(String key, List<ReconciliationTotalRow> measures) {
        Map<String, ReconciliationTotalRow> by = measures.stream()
                .collect(Collectors.toMap(ReconciliationTotalRow::getMeasure, t -> t));
        List<MismatchTotal> kinds = new ArrayList<>();
        long mismatches = 0;
        for (MismatchKind k : MismatchKind.values()) {
            ReconciliationTotalRow t = by.get(k.name());
            kinds.add(new MismatchTotal(k, t == null ? 0 : t.getCount(), t == null ? ZERO : t.getAmount()));
            mismatches += t == null ? 0 : t.getCount();
        }
        ReconciliationTotalRow roll = by.get(ReconciliationTally.ROLL);
        ReconciliationTotalRow paid = by.get(ReconciliationTally.PAID);
        ReconciliationTotalRow erroneous = by.get(ReconciliationTally.ERRONEOUS);
        return new ReconciliationTotal(key, roll == null ? 0 : roll.getCount(), amount(roll),
                paid == null ? 0 : paid.getCount(), amount(paid), mismatches,
                erroneous == null ? 0 : erroneous.getCount(), amount(by.get(ReconciliationTally.OVERPAID)),
                amount(by.get(ReconciliationTally.UNDERPAID)), kinds);
    }

    private static BigDecimal amount(ReconciliationTotalRow t) {
        return t == null ? ZERO : t.getAmount();
    }

    static Mismatch of(ReconciliationMismatchEntity m) {
        MismatchResolution resolution = m.getResolution() == null ? null : new MismatchResolution(m.getResolution(),
                m.getResolutionNote(), m.getResolvedBy(), m.getResolvedAt().toInstant(ZoneOffset.UTC),
                m.getCarriedFrom());
        return new Mismatch(m.getReconciliationId(), m.getNo(), m.getKind(), m.getStreet(), m.getProgramId(),
                m.getHouseholdId(), m.getEnrolmentId(), m.getIdNumber(), m.getLine(), m.getFirstLine(),
                m.getRollAmount(), m.getPaidAmount(), m.getAmount(), m.getRollAccount(), m.getPaidAccount(),
                m.getDetail(), resolution, m.getVersion());
    }
}
