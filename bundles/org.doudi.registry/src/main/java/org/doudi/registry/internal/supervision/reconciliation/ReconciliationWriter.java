package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.doudi.api.WriteContext;
import org.doudi.api.supervision.MismatchKind;
import org.doudi.api.supervision.ReconciliationRowError;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.Snapshots;
import org.doudi.registry.internal.entity.ReconciliationEntity;
import org.doudi.registry.internal.entity.ReconciliationErrorRow;
import org.doudi.registry.internal.entity.ReconciliationMismatchEntity;
import org.doudi.registry.internal.entity.ReconciliationTotalRow;

/**
 * Stores a reconciliation — its figures, its row errors, its numbered mismatches — and its one audit entry in the
 * caller's transaction: all of it or nothing. A mismatch identical to one settled in the month's previous run takes
 * that resolution over (who, when and how of the original, marked as carried over). Mismatches are flushed in
 * chunks so that a month with many of them does not pile up in the persistence context.
 */
final class ReconciliationWriter {
    static final String ENTITY = "reconciliation";
    static final String RUN = "RECONCILIATION_RUN";
    private static final int FLUSH_EVERY = 500;
    private static final int MAX_DETAIL = 500;

    private ReconciliationWriter() {
    }

    static void write(EntityManager em, Instant now, String id, YearMonth month, String fileName, FundPaymentFile file,
            List<MismatchDraft> mismatches, List<ReconciliationTotalRow> totals, WriteContext ctx) {
        Map<String, Deque<ReconciliationMismatchEntity>> settled = previouslySettled(em, month);
        ReconciliationEntity r = new ReconciliationEntity(id, month.toString(), fileName, file.sha256(),
                file.rowCount(), file.errorRows(), mismatches.size(), ctx.actor(), utc(now));
        r.getTotals().addAll(totals);
        for (ReconciliationRowError e : file.errors()) {
            r.getErrors().add(new ReconciliationErrorRow(e.line(), e.field(), e.rule(), shortened(e.message())));
        }
        em.persist(r);
        em.flush();
        int no = 0;
        int carried = 0;
        for (MismatchDraft d : mismatches) {
            ReconciliationMismatchEntity m = new ReconciliationMismatchEntity(id, ++no, d.kind(), d.street(),
                    d.programId(), d.householdId(), d.enrolmentId(), d.idNumber(), d.line(), d.firstLine(),
                    d.rollAmount(), d.paidAmount(), d.amount(), d.rollAccount(), d.paidAccount(),
                    shortened(d.detail()));
            String key = key(d.kind(), d.programId(), d.enrolmentId(), d.idNumber(), d.amount());
            Deque<ReconciliationMismatchEntity> same = key == null ? null : settled.get(key);
            if (same != null && !same.isEmpty()) {
                m.carryOver(same.poll());
                carried++;
            }
            em.persist(m);
            if (no % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        String reason = ctx.reason() != null && !ctx.reason().isBlank() ? ctx.reason() : "fund reconciliation of "
                + month + ": " + mismatches.size() + " mismatches, " + file.errorRows() + " rows with a bad value";
        AuditLog.append(em, now, ctx.actor(), RUN, ENTITY, id, null, reason, Snapshots.json(payload(month, fileName,
                file, totals, carried)));
    }

    /**
     * The settled mismatches of the month's latest run so far, by {@link #key}, in their order: a rerun takes their
     * resolutions over to its identical mismatches (one each).
     */
    private static Map<String, Deque<ReconciliationMismatchEntity>> previouslySettled(EntityManager em,
            YearMonth month) {
        List<String> previous = em.createQuery("SELECT r.id FROM ReconciliationEntity r WHERE r.month = :month"
                + " ORDER BY r.ranAt DESC, r.id DESC", String.class).setParameter("month", month.toString())
                .setMaxResults(1).getResultList();
        Map<String, Deque<ReconciliationMismatchEntity>> settled = new HashMap<>();
        if (previous.isEmpty()) {
            return settled;
        }
        for (ReconciliationMismatchEntity m : em.createQuery("SELECT m FROM ReconciliationMismatchEntity m"
                + " WHERE m.reconciliationId = :id AND m.resolution IS NOT NULL ORDER BY m.no",
                ReconciliationMismatchEntity.class).setParameter("id", previous.get(0)).getResultList()) {
            String key = key(m.getKind(), m.getProgramId(), m.getEnrolmentId(), m.getIdNumber(), m.getAmount());
            if (key != null) {
                settled.computeIfAbsent(key, k -> new ArrayDeque<>(1)).add(m);
            }
        }
        return settled;
    }

    /**
     * What makes two mismatches of a month the same: kind, program, enrolment (else ID number) and amount; null
     * when neither enrolment nor ID number is known (an unreadable row: nothing to recognise it by).
     */
    static String key(MismatchKind kind, String programId, String enrolmentId, String idNumber, BigDecimal amount) {
        if (enrolmentId == null && idNumber == null) {
            return null;
        }
        return kind + "\u0000" + programId + "\u0000" + (enrolmentId != null ? "E:" + enrolmentId : "I:" + idNumber)
                + "\u0000" + amount.setScale(2).toPlainString();
    }

    private static Map<String, Object> payload(YearMonth month, String fileName, FundPaymentFile file,
            List<ReconciliationTotalRow> totals, int carried) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("month", month.toString());
        p.put("fileName", fileName);
        p.put("fileSha256", file.sha256());
        p.put("rows", file.rowCount());
        p.put("rowErrors", file.errorRows());
        Map<String, Object> district = new LinkedHashMap<>();
        for (ReconciliationTotalRow t : totals) {
            if (ReconciliationTally.ALL.equals(t.getDimension())) {
                district.put(t.getMeasure(), Map.of("count", t.getCount(), "amount", t.getAmount()));
            }
        }
        p.put("totals", district);
        p.put("resolutionsCarriedOver", carried);
        return p;
    }

    static LocalDateTime utc(Instant now) {
        return LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    static String shortened(String text) {
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL - 1) + "…" : text;
    }
}
