package org.doudi.registry.internal.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.Query;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.EnrolmentEntity;
import org.doudi.registry.internal.entity.WarningEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reported death of an enrolled person stops the money at once: every ACTIVE enrolment of the household that
 * covers the person and pays for nobody else alive ({@link DeathCoverage}) is SUSPENDED (PENDING_VERIFICATION, by
 * {@code system:monitoring}), so it leaves the current and the next payroll, and the warning records which ones;
 * an enrolment that still pays for other members is left paying. One JPA transaction per warning (enrolments,
 * their audit events, the warning, the circles); the warning row carries {@code suspension_due} until that
 * transaction commits. Every job that writes warnings applies what is due in a {@code finally}, for whatever it
 * committed, and {@link SuspensionSweeper} applies whatever is left over (a crash, a failed step).
 */
final class DeathSuspensions {
    static final String ENTITY = "warning";
    private static final Logger LOG = LoggerFactory.getLogger(DeathSuspensions.class);

    private final JpaTemplate jpa;
    private final EnrolmentEffects effects;
    private final DoudiClock clock;

    DeathSuspensions(JpaTemplate jpa, EnrolmentEffects effects, DoudiClock clock) {
        this.jpa = jpa;
        this.effects = effects;
        this.clock = clock;
    }

    /** Suspends for every warning still due (one street's, or all); returns how many enrolments were suspended. */
    int applyDue(String street) {
        // native SQL: EclipseLink's Derby platform writes the JPQL literal TRUE as 1, which a BOOLEAN column refuses
        List<String> due = Tx.run(jpa, em -> {
            Query q = em.createNativeQuery("SELECT id FROM warning WHERE suspension_due = TRUE"
                    + (street == null ? "" : " AND street = ?1") + " ORDER BY id");
            if (street != null) {
                q.setParameter(1, street);
            }
            List<String> ids = new ArrayList<>();
            for (Object id : q.getResultList()) {
                ids.add((String) id);
            }
            return ids;
        });
        int suspended = 0;
        for (String id : due) {
            try {
                suspended += apply(id);
            } catch (DoudiException e) {
                // a concurrent step changed the warning first (stale version); what is left is redone next time
                LOG.warn("Suspension for warning {} not applied: {}", id, e.getMessage());
            } catch (RuntimeException e) {
                // one warning's failure must not keep the others' money flowing; the sweeper retries it
                LOG.error("Suspension for warning {} failed; it stays due and is retried", id, e);
            }
        }
        return suspended;
    }

    /**
     * {@link #applyDue} for a {@code finally}: a failure is logged, not thrown (it must not hide the job's own
     * outcome); what stays due is applied by {@link SuspensionSweeper}.
     */
    int applyDueSafely(String street) {
        try {
            return applyDue(street);
        } catch (RuntimeException e) {
            LOG.error("Due suspensions{} not applied now; the sweeper retries them", street == null ? ""
                    : " of " + street, e);
            return 0;
        }
    }

    private int apply(String warningId) {
        return Tx.run(jpa, em -> {
            WarningEntity w = em.find(WarningEntity.class, warningId);
            if (w == null || !w.isSuspensionDue()) {
                return 0;
            }
            // closed, or verified as a wrong report: nothing to stop any more
            boolean reported = w.getStatus().isOpen() && !Boolean.FALSE.equals(w.getVerifiedConfirmed());
            List<EnrolmentEntity> active = reported ? effects.endingWith(em, w.getHouseholdId(), w.getPersonId(),
                    List.of(EnrolmentStatus.ACTIVE)) : List.of();
            String note = "reported death on " + w.getFactDate() + " (warning " + w.getId()
                    + "): payment suspended until verified";
            for (EnrolmentEntity e : active) {
                effects.change(em, e, EnrolmentStatus.SUSPENDED, TerminationReason.PENDING_VERIFICATION, note,
                        clock.today(), EnrolmentEffects.SYSTEM);
            }
            List<String> ids = active.stream().map(EnrolmentEntity::getId).collect(Collectors.toList());
            w.setSuspendedEnrolments(Lists.union(w.getSuspendedEnrolments(), ids));
            w.setSuspensionDue(false);
            em.flush();
            String what = ids.isEmpty() ? "reported death: no active enrolment paying only for this person to suspend"
                    : "reported death on " + w.getFactDate() + ": suspended " + String.join(", ", ids);
            AuditLog.append(em, clock.now(), EnrolmentEffects.SYSTEM, "WARNING_SUSPENDED_ENROLMENTS", ENTITY,
                    w.getId(), w.getVersion(), what, null);
            if (!ids.isEmpty()) {
                effects.recomputeCircles(em, w.getHouseholdId());
            }
            return ids.size();
        });
    }
}
