package org.doudi.registry.internal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.EntityManager;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.entity.EnrolmentChangeRow;
import org.doudi.registry.internal.entity.EnrolmentEntity;

/**
 * One status change of an enrolment inside the caller's transaction: the status, its change row and the audit
 * event. The enrolment service and the warning workflow (a reported death suspends, its verification terminates
 * or restores) both write through here; the caller checks the change is allowed and recomputes the circles.
 */
public final class EnrolmentStatusWrites {

    private EnrolmentStatusWrites() {
    }

    public static void apply(EntityManager em, EnrolmentEntity e, EnrolmentStatus to, TerminationReason reason,
            String note, LocalDate on, String actor, Instant now) {
        EnrolmentStatus before = e.getStatus();
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        e.setStatus(to);
        e.setStatusReason(to == EnrolmentStatus.ACTIVE ? null : reason);
        e.setStatusSince(on);
        e.setUpdatedAt(at);
        e.getChanges().add(new EnrolmentChangeRow(to, e.getStatusReason(), note, on, at, actor));
        em.flush();
        AuditLog.append(em, now, actor, "ENROLMENT_" + to, Grants.ENTITY, e.getId(), e.getVersion(),
                before + " → " + to + " on " + on + (reason == null ? "" : " for " + reason)
                        + (note == null ? "" : ": " + note), null);
    }
}
