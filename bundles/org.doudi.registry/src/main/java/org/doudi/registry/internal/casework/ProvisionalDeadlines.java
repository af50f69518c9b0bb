package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.calendar.Deadline;
import org.doudi.api.calendar.WorkingDayCalendar;
import org.doudi.api.casework.CaseStatus;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.CaseAppealRow;
import org.doudi.registry.internal.entity.CaseEntity;

/**
 * Deadlines counted into a year whose holiday notice was not loaded are provisional; once the calendar changes,
 * they are counted again (SPEC §12). Runs on one thread at a time, writes and audits only what moves.
 */
final class ProvisionalDeadlines {
    /** The statuses a decision deadline applies to. */
    static final List<CaseStatus> AWAITING = Arrays.stream(CaseStatus.values()).filter(CaseStatus::awaitingDecision)
            .collect(Collectors.toUnmodifiableList());

    private final JpaTemplate jpa;
    private final WorkingDayCalendar calendar;
    private final DoudiClock clock;
    private final AtomicBoolean recomputing = new AtomicBoolean();
    private volatile long calendarSeen = -1;

    ProvisionalDeadlines(JpaTemplate jpa, WorkingDayCalendar calendar, DoudiClock clock) {
        this.jpa = jpa;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Loading a year's holiday notice recomputes the deadlines that ran into it (SPEC §12). */
    void refreshIfCalendarChanged() {
        long revision = calendar.revision();
        if (revision == calendarSeen || !recomputing.compareAndSet(false, true)) {
            return;
        }
        try {
            recompute(revision);
            calendarSeen = revision;
        } finally {
            recomputing.set(false);
        }
    }

    /** Provisional deadlines of cases awaiting a decision, counted again; only those that move are written. */
    private void recompute(long revision) {
        Tx.run(jpa, em -> {
            List<CaseEntity> provisional = em.createQuery("SELECT c FROM CaseEntity c WHERE c.deadlineProvisional = :yes"
                    + " AND c.calendarRevision <> :r AND c.status IN :awaiting", CaseEntity.class)
                    .setParameter("yes", Boolean.TRUE).setParameter("r", revision).setParameter("awaiting", AWAITING)
                    .getResultList();
            for (CaseEntity c : provisional) {
                LocalDate before = c.getDeadline();
                Deadline now = calendar.deadline(c.getAcceptedOn(), c.getDeadlineDays());
                if (now.due().equals(before) && now.provisional()) {
                    continue;
                }
                set(c, now, c.getDeadlineDays(), calendar.revision());
                em.flush();
                AuditLog.append(em, clock.now(), "system:calendar", "CASE_DEADLINE_RECOMPUTED", CaseRegistry.ENTITY, c.getId(),
                        c.getVersion(), "holiday calendar changed: deadline " + before + " → " + c.getDeadline()
                                + (c.isDeadlineProvisional() ? " (still provisional)" : ""), null);
            }
            // the ids, not the cases: DISTINCT over a case row would compare its CLOB (Derby refuses)
            List<String> appealing = em.createQuery("SELECT DISTINCT c.id FROM CaseEntity c JOIN c.appeals a"
                    + " WHERE a.dueProvisional = :yes AND a.outcome IS NULL", String.class)
                    .setParameter("yes", Boolean.TRUE).getResultList();
            for (String caseId : appealing) {
                recomputeAppealDues(em, em.find(CaseEntity.class, caseId));
            }
            return null;
        });
    }

    /** Counts the undecided, provisional due days of a case's appeals again; audits those that move. */
    private void recomputeAppealDues(EntityManager em, CaseEntity c) {
        List<String> moved = new java.util.ArrayList<>();
        for (int i = 0; i < c.getAppeals().size(); i++) {
            CaseAppealRow a = c.getAppeals().get(i);
            if (a.getOutcome() != null || !a.isDueProvisional()) {
                continue;
            }
            Deadline d = Appeals.due(a.getKind(), a.getFiledOn(), a.getDueDays(), calendar);
            if (!d.due().equals(a.getDue()) || d.provisional() != a.isDueProvisional()) {
                c.getAppeals().set(i, a.withDue(d.due(), d.provisional()));
                moved.add("appeal " + a.getNumber() + " due " + a.getDue() + " → " + d.due()
                        + (d.provisional() ? " (still provisional)" : ""));
            }
        }
        if (!moved.isEmpty()) {
            c.setUpdatedAt(LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC));
            em.flush();
            AuditLog.append(em, clock.now(), "system:calendar", "CASE_DEADLINE_RECOMPUTED", CaseRegistry.ENTITY, c.getId(),
                    c.getVersion(), "holiday calendar changed: " + String.join("; ", moved), null);
        }
    }

    /** Sets a case's deadline of {@code workingDays} as counted on calendar revision {@code revision}. */
    static void set(CaseEntity c, Deadline d, int workingDays, long revision) {
        c.setDeadline(d.due());
        c.setDeadlineDays(workingDays);
        c.setDeadlineProvisional(d.provisional());
        c.setCalendarRevision(revision);
    }
}
