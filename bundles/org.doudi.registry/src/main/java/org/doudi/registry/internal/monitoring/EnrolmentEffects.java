package org.doudi.registry.internal.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
        return weighed(em, householdId, personId, statuses).stream().map(DeathCover::enrolment)
                .collect(Collectors.toList());
    }

    /**
     * The covering enrolments that a death of {@code personId} stops: those paying for nobody else alive
     * ({@link DeathCoverage}).
     */
    List<EnrolmentEntity> endingWith(EntityManager em, String householdId, String personId,
            Collection<EnrolmentStatus> statuses) {
        return weighed(em, householdId, personId, statuses).stream().filter(DeathCover::endsWithDeath)
                .map(DeathCover::enrolment).collect(Collectors.toList());
    }

    /** The covering enrolments, each weighed against a death of {@code personId}, oldest id first. */
    List<DeathCover> weighed(EntityManager em, String householdId, String personId,
            Collection<EnrolmentStatus> statuses) {
        List<DeathCover> out = new ArrayList<>();
        Set<String> active = null;
        for (EnrolmentEntity e : em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.householdId = :h"
                + " AND e.status IN :s ORDER BY e.id", EnrolmentEntity.class).setParameter("h", householdId)
                .setParameter("s", statuses).getResultList()) {
            CaseEntity c = em.find(CaseEntity.class, e.getCaseId());
            Set<String> persons = c == null ? null : CircleIndex.coveredPersons(c.getDecision());
            if (persons == null || persons.contains(personId)) {
                if (active == null) {
                    active = activeMembers(em, householdId);
                }
                out.add(new DeathCover(e, DeathCoverage.paidFor(persons, active).size(),
                        DeathCoverage.endsWith(persons, active, personId)));
            }
        }
        return out;
    }

    private static Set<String> activeMembers(EntityManager em, String householdId) {
        return new HashSet<>(em.createQuery("SELECT m.personId FROM MemberEntity m WHERE m.household.id = :h"
                + " AND m.endedOn IS NULL", String.class).setParameter("h", householdId).getResultList());
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

    /**
     * A live enrolment covering a person, weighed against their death.
     *
     * @param enrolment     the enrolment
     * @param paidFor       how many active members it pays for (the deceased included)
     * @param endsWithDeath it pays for nobody else alive: the death stops it
     */
    record DeathCover(EnrolmentEntity enrolment, int paidFor, boolean endsWithDeath) {
    }

    void recomputeCircles(EntityManager em, String householdId) {
        if (households != null) {
            LocalDate today = clock.today();
            households.find(householdId, today).ifPresent(h -> CircleIndex.recompute(em, h, today, clock.now()));
        }
    }
}
