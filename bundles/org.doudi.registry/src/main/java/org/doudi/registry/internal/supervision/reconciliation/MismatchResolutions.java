package org.doudi.registry.internal.supervision.reconciliation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.supervision.Mismatch;
import org.doudi.api.supervision.MismatchResolutionRequest;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.Snapshots;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.ReconciliationMismatchEntity;
import org.doudi.registry.internal.entity.ReconciliationMismatchKey;
import org.doudi.registry.internal.supervision.DecisionGuard;

/**
 * Settling a mismatch: who, when and how, once, audited with the change. A mismatch of a registered household is a
 * decision about it: the conflict-of-interest guards are asked first (403 for a member of staff's close relative).
 */
final class MismatchResolutions {
    static final String RESOLVED = "RECONCILIATION_MISMATCH_RESOLVED";
    static final int MAX_NOTE = 1_000;

    private MismatchResolutions() {
    }

    static Mismatch resolve(JpaTemplate jpa, Instant now, String id, int no, MismatchResolutionRequest request,
            WriteContext ctx, List<DecisionGuard> guards) {
        check(request);
        return Tx.run(jpa, em -> {
            ReconciliationMismatchEntity m = id == null || id.length() > 36 ? null : em.find(
                    ReconciliationMismatchEntity.class, new ReconciliationMismatchKey(id, no),
                    LockModeType.PESSIMISTIC_WRITE);
            if (m == null) {
                throw DoudiException.notFound("mismatch " + no + " of reconciliation " + id);
            }
            if (m.getResolution() != null) {
                throw DoudiException.conflict("mismatch " + no + " was already settled (" + m.getResolution() + ") by "
                        + m.getResolvedBy() + " at " + m.getResolvedAt() + " UTC");
            }
            if (m.getHouseholdId() != null) { // a payee not registered has no registered relatives to ask about
                guards.forEach(g -> g.check(em, ctx.actor(), m.getHouseholdId(), RESOLVED));
            }
            String note = request.note().strip();
            m.resolve(request.kind(), note, ctx.actor(), ReconciliationWriter.utc(now));
            em.flush();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("mismatch", no);
            payload.put("kind", m.getKind());
            payload.put("resolution", request.kind());
            payload.put("note", note);
            AuditLog.append(em, now, ctx.actor(), RESOLVED, ReconciliationWriter.ENTITY, id, m.getVersion(), note,
                    Snapshots.json(payload));
            return ReconciliationViews.of(m);
        });
    }

    private static void check(MismatchResolutionRequest r) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body with kind and note is required");
        }
        if (r.kind() == null) {
            throw new ValidationException("kind", "required",
                    "how it was settled: RECOVERED, CORRECTED_ROLL, CORRECTED_PAYMENT or EXPLAINED");
        }
        if (r.note() == null || r.note().isBlank()) {
            throw new ValidationException("note", "required", "what was done, with the evidence");
        }
        if (r.note().length() > MAX_NOTE) {
            throw new ValidationException("note", "length", "must be at most " + MAX_NOTE + " characters");
        }
    }
}
