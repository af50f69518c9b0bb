package org.doudi.registry.internal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.entity.CaseEntity;
import org.doudi.registry.internal.entity.EnrolmentChangeRow;
import org.doudi.registry.internal.entity.EnrolmentEntity;

/**
 * The enrolment a grant creates: the confirmed decision's monthly amount from the month of the grant, the payee,
 * and the next periodic review — the program's interval, shortened for complex households (SPEC §3, seed §3.1).
 */
final class Grants {
    static final String ENTITY = "enrolment";

    private Grants() {
    }

    static String enrol(EntityManager em, CaseEntity c, ProgramDecision decision, LocalDate on, Household household,
            CaseworkConfig config, Instant now, String actor) {
        if (decision == null) {
            throw DoudiException.conflict("case " + c.getId() + " has no decision to grant");
        }
        boolean cash = decision.monthlyAmount().signum() > 0;
        if (cash && c.getPayeeAccount() == null) {
            throw new ValidationException("payeeAccount", "required",
                    "a program that pays monthly needs the account to pay to (at acceptance or with the grant)");
        }
        if (activeEnrolments(em, c.getHouseholdId(), c.getProgramId()) > 0) {
            throw DoudiException.conflict("household " + c.getHouseholdId() + " is already enrolled in " + c.getProgramId());
        }
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        EnrolmentEntity e = new EnrolmentEntity();
        e.setId(UUID.randomUUID().toString());
        e.setHouseholdId(c.getHouseholdId());
        e.setProgramId(c.getProgramId());
        e.setCaseId(c.getId());
        e.setStreet(c.getStreet());
        e.setMonthlyAmount(decision.monthlyAmount());
        e.setStartMonth(YearMonth.from(on).toString());
        e.setNextReview(on.plusMonths(reviewMonths(decision, household, config)));
        e.setPayeeAccount(c.getPayeeAccount());
        e.setStatus(EnrolmentStatus.ACTIVE);
        e.setStatusSince(on);
        e.setCreatedAt(at);
        e.setUpdatedAt(at);
        e.getChanges().add(new EnrolmentChangeRow(EnrolmentStatus.ACTIVE, null, "granted by case " + c.getId(), on, at,
                actor));
        em.persist(e);
        em.flush();
        AuditLog.append(em, now, actor, "ENROLMENT_CREATED", ENTITY, e.getId(), e.getVersion(), c.getProgramId()
                + " for household " + c.getHouseholdId() + ": " + e.getMonthlyAmount().toPlainString() + " a month from "
                + e.getStartMonth() + ", review due " + e.getNextReview(), null);
        return e.getId();
    }

    /** The program's review interval in months (from the decision), times the factor for complex households. */
    static long reviewMonths(ProgramDecision decision, Household household, CaseworkConfig config) {
        long months = decision.validUntil() == null ? 12
                : Math.max(1, Period.between(decision.asOf(), decision.validUntil().plusDays(1)).toTotalMonths());
        boolean complex = Boolean.TRUE.equals(household.peopleHouseholdSeparation())
                || Boolean.TRUE.equals(household.nonLocalMembers()) || Boolean.TRUE.equals(household.complexComposition());
        return complex ? Math.max(1, Math.round(months * config.complexReviewFactor())) : months;
    }

    static long activeEnrolments(EntityManager em, String householdId, String programId) {
        return em.createQuery("SELECT COUNT(e) FROM EnrolmentEntity e WHERE e.householdId = :h AND e.programId = :p"
                + " AND e.status IN :live", Long.class).setParameter("h", householdId).setParameter("p", programId)
                .setParameter("live", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.SUSPENDED)).getSingleResult();
    }
}
