package org.doudi.registry.internal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.doudi.api.casework.CirclePlacement;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.registry.internal.entity.CaseEntity;
import org.doudi.registry.internal.entity.EnrolmentEntity;
import org.doudi.registry.internal.entity.PersonCircleEntity;

/**
 * Keeps each active member's circle (SPEC §4) in {@code person_circle}, inside the transaction of the change that
 * may move it: a household write, a case decision, an enrolment change. Also attaches the circles to a household
 * read.
 */
public final class CircleIndex {

    private CircleIndex() {
    }

    /** Recomputes the circles of {@code household}'s members as of {@code asOf}. */
    public static List<CirclePlacement> recompute(EntityManager em, Household household, LocalDate asOf, Instant now) {
        List<CircleRules.EnrolmentFact> enrolments = em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.householdId = :h",
                EnrolmentEntity.class).setParameter("h", household.id()).getResultList().stream()
                .map(e -> new CircleRules.EnrolmentFact(e.getProgramId(), e.getStatus(), e.getStatusReason(),
                        e.getStatusSince(), coveredPersons(em, e)))
                .collect(Collectors.toList());
        List<CircleRules.CaseFact> cases = em.createQuery("SELECT c FROM CaseEntity c WHERE c.householdId = :h",
                CaseEntity.class).setParameter("h", household.id()).getResultList().stream()
                .map(c -> new CircleRules.CaseFact(c.getProgramId(), overturned(c) ? null : c.getStatus(),
                        c.getDecidedOn()))
                .collect(Collectors.toList());
        List<CirclePlacement> placements = CircleRules.place(household, enrolments, cases, asOf);
        Map<String, PersonCircleEntity> existing = rows(em, household.id());
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Set<String> placed = placements.stream().map(CirclePlacement::personId).collect(Collectors.toSet());
        for (CirclePlacement p : placements) {
            Integer circle = p.circle() == null ? null : p.circle().number();
            String reason = p.reason().length() > 300 ? p.reason().substring(0, 300) : p.reason();
            PersonCircleEntity row = existing.get(p.personId());
            if (row == null) {
                row = em.find(PersonCircleEntity.class, p.personId());
            }
            if (row == null) {
                em.persist(new PersonCircleEntity(p.personId(), household.id(), household.street(), circle, reason, asOf, at));
            } else {
                row.place(household.id(), household.street(), circle, reason, asOf, at);
            }
        }
        existing.values().stream().filter(r -> !placed.contains(r.getPersonId())).forEach(em::remove);
        return placements;
    }

    /**
     * The members a person-level enrolment covers: those its decision found qualifying (the passed
     * {@code person:<personId>} outcomes); null for a household-level program.
     */
    static Set<String> coveredPersons(EntityManager em, EnrolmentEntity e) {
        CaseEntity c = em.find(CaseEntity.class, e.getCaseId());
        return c == null ? null : coveredPersons(c.getDecision());
    }

    /**
     * The members a person-level enrolment covers, from its case's decision as stored ({@code case_file.decision});
     * null for a household-level program or no decision. Also used by the bulk recomputation.
     */
    public static Set<String> coveredPersons(String decisionJson) {
        org.doudi.api.program.ProgramDecision d = DecisionJson.read(decisionJson);
        if (d == null) {
            return null;
        }
        Set<String> persons = d.reasons().stream().filter(r -> r.passed() && r.rule().startsWith(PERSON))
                .map(r -> r.rule().substring(PERSON.length())).collect(Collectors.toSet());
        return persons.isEmpty() ? null : persons;
    }

    private static final String PERSON = "person:";

    /** A refusal overturned on review or reconsideration no longer counts as a refusal (circle 3). */
    static boolean overturned(CaseEntity c) {
        return c.getAppeals().stream().anyMatch(a -> a.getOutcome() == org.doudi.api.casework.AppealOutcome.OVERTURNED);
    }

    /** The household with each member's stored circle. */
    public static Household withCircles(EntityManager em, Household household) {
        Map<String, PersonCircleEntity> rows = rows(em, household.id());
        if (rows.isEmpty()) {
            return household;
        }
        List<Member> members = household.members().stream().map(m -> {
            PersonCircleEntity r = rows.get(m.personId());
            return r == null ? m : m.inCircle(r.getCircle(), r.getReason());
        }).collect(Collectors.toList());
        return household.withMembers(members);
    }

    private static Map<String, PersonCircleEntity> rows(EntityManager em, String householdId) {
        Map<String, PersonCircleEntity> rows = new HashMap<>();
        em.createQuery("SELECT p FROM PersonCircleEntity p WHERE p.householdId = :h", PersonCircleEntity.class)
                .setParameter("h", householdId).getResultList().forEach(r -> rows.put(r.getPersonId(), r));
        return rows;
    }
}
