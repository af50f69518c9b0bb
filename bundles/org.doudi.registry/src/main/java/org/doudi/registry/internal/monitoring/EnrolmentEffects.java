package org.doudi.registry.internal.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiClock;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.registry.HouseholdService;
import org.doudi.registry.internal.casework.CircleIndex;
import org.doudi.registry.internal.casework.EnrolmentStatusWrites;
import org.doudi.registry.internal.entity.CaseEntity;
import org.doudi.registry.internal.entity.EnrolmentEntity;

/**
 * What warnings do to enrolments, inside the caller's JPA transaction: find the household's enrolments that cover
 * a person, change their status (with change row and audit event) and recompute the household's circles.
 */
final class EnrolmentEffects {
    /** The actor of the suspensions the comparison makes by itself. */
    static final String SYSTEM = "system:monitoring";
    private static final int MAX_NOTE = 500;

    private final HouseholdService households;
    private final DoudiClock clock;

    EnrolmentEffects(HouseholdService households, DoudiClock clock) {
        this.households = households;
        this.clock = clock;
    }

    /** The household's enrolments in one of {@code statuses} that cover {@code personId}, oldest id first. */
    List<EnrolmentEntity> covering(EntityManager em, String householdId, String personId,
            Collection<EnrolmentStatus> statuses) {
        List<EnrolmentEntity> out = new ArrayList<>();
        for (EnrolmentEntity e : em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.householdId = :h"
                + " AND e.status IN :s ORDER BY e.id", EnrolmentEntity.class).setParameter("h", householdId)
                .setParameter("s", statuses).getResultList()) {
            CaseEntity c = em.find(CaseEntity.class, e.getCaseId());
            Set<String> persons = c == null ? null : CircleIndex.coveredPersons(c.getDecision());
            if (persons == null || persons.contains(personId)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The enrolments with these ids that still exist, in the given order. */
    List<EnrolmentEntity> byIds(EntityManager em, List<String> ids) {
        List<EnrolmentEntity> out = new ArrayList<>();
        for (String id : ids) {
            EnrolmentEntity e = em.find(EnrolmentEntity.class, id);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Changes the status from {@code on}, or from the current status's day if that is later. */
    void change(EntityManager em, EnrolmentEntity e, EnrolmentStatus to, TerminationReason reason, String note,
            LocalDate on, String actor) {
        LocalDate from = on.isBefore(e.getStatusSince()) ? e.getStatusSince() : on;
        String text = note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE - 1) + "…";
        EnrolmentStatusWrites.apply(em, e, to, reason, text, from, actor, clock.now());
    }

    void recomputeCircles(EntityManager em, String householdId) {
        if (households != null) {
            LocalDate today = clock.today();
            households.find(householdId, today).ifPresent(h -> CircleIndex.recompute(em, h, today, clock.now()));
        }
    }
}
