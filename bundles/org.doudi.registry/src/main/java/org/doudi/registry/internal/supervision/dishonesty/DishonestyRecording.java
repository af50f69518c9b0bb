package org.doudi.registry.internal.supervision.dishonesty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.supervision.DishonestyMonth;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.casework.CaseViews;
import org.doudi.registry.internal.casework.EnrolmentStatusWrites;
import org.doudi.registry.internal.entity.DishonestyMonthRow;
import org.doudi.registry.internal.entity.DishonestyRecordEntity;
import org.doudi.registry.internal.entity.EnrolmentEntity;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.MemberEntity;

/**
 * Writes a dishonesty record in the caller's transaction: the household locked, the person found among its members,
 * the overpayment computed from the household's enrolments in the program, the fine, the record and its audit entry;
 * on request the live enrolments ended with reason FRAUD (each change audited as enrolment changes are).
 */
final class DishonestyRecording {
    static final String ENTITY = "dishonesty-record";

    private DishonestyRecording() {
    }

    /** Writes the record; returns it (the caller recomputes circles when enrolments were ended). */
    static DishonestyRecordEntity write(EntityManager em, DishonestyChecks.Checked c, LocalDate today, Instant now,
            WriteContext ctx) {
        HouseholdEntity h = em.find(HouseholdEntity.class, c.householdId(), LockModeType.PESSIMISTIC_WRITE);
        if (h == null) {
            throw new ValidationException("householdId", "exists", "no household " + c.householdId());
        }
        List<MemberEntity> members = em.createQuery("SELECT m FROM MemberEntity m WHERE m.household.id = :h"
                + " AND m.idNumber = :id", MemberEntity.class).setParameter("h", h.getId())
                .setParameter("id", c.idNumber()).getResultList();
        if (members.isEmpty()) {
            throw new ValidationException("idNumber", "memberOfHousehold", "the person is not a member (present or "
                    + "past) of household " + h.getId());
        }
        List<EnrolmentEntity> enrolments = em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.householdId = :h"
                + " AND e.programId = :p ORDER BY e.startMonth, e.id", EnrolmentEntity.class)
                .setParameter("h", h.getId()).setParameter("p", c.programId()).getResultList();
        if (enrolments.isEmpty()) {
            throw new ValidationException("programId", "enrolled", "household " + h.getId() + " has never been enrolled"
                    + " in " + c.programId());
        }
        List<DishonestyMonth> months = Overpayments.months(enrolments.stream().map(CaseViews::of).toList(), c.from(),
                c.to(), today);
        if (months.isEmpty()) {
            throw new ValidationException("overpaidFrom", "paidInPeriod", "household " + h.getId() + " was on no "
                    + c.programId() + " payment roll from " + c.from() + " to " + c.to());
        }
        List<EnrolmentEntity> live = c.terminate() ? live(enrolments, c.decidedOn()) : List.of();
        Long same = em.createQuery("SELECT COUNT(d) FROM DishonestyRecordEntity d WHERE d.idNumber = :id"
                + " AND d.programId = :p AND d.decidedOn = :on", Long.class).setParameter("id", c.idNumber())
                .setParameter("p", c.programId()).setParameter("on", c.decidedOn()).getSingleResult();
        if (same > 0) {
            throw DoudiException.conflict("a dishonesty record for this person in " + c.programId() + " decided on "
                    + c.decidedOn() + " exists already");
        }
        BigDecimal overpaid = Overpayments.total(months);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        DishonestyRecordEntity d = new DishonestyRecordEntity();
        d.setId(UUID.randomUUID().toString());
        d.setIdNumber(c.idNumber());
        d.setName(members.get(0).getName());
        d.setHouseholdId(h.getId());
        d.setStreet(h.getStreet());
        d.setProgramId(c.programId());
        d.setKind(c.kind());
        d.setDecision(c.decision());
        d.setDecidedOn(c.decidedOn());
        d.setOverpaidFrom(c.from().toString());
        d.setOverpaidTo(c.to().toString());
        d.setOverpaidAmount(overpaid);
        d.setFineMultiple(c.fineMultiple());
        d.setFineAmount(Overpayments.fine(overpaid, c.fineMultiple()));
        d.setRecoveredAmount(BigDecimal.ZERO.setScale(2));
        d.setListedUntil(c.listedUntil());
        d.setRecordedBy(ctx.actor());
        d.setRecordedAt(at);
        d.setUpdatedAt(at);
        months.forEach(m -> d.getMonths().add(new DishonestyMonthRow(m.month(), m.enrolmentId(), m.amount())));
        d.setTerminatedEnrolments(live.isEmpty() ? null
                : String.join(",", live.stream().map(EnrolmentEntity::getId).toList()));
        em.persist(d);
        em.flush();
        AuditLog.append(em, now, ctx.actor(), "DISHONESTY_RECORDED", ENTITY, d.getId(), d.getVersion(), c.kind()
                + " in " + c.programId() + " by a member of household " + h.getId() + ", decided " + c.decidedOn()
                + ": " + c.decision() + "; overpaid " + overpaid.toPlainString() + " over " + months.size()
                + " month(s) " + c.from() + " to " + c.to() + ", fine " + c.fineMultiple().toPlainString() + " × = "
                + d.getFineAmount().toPlainString() + "; listed from " + c.decidedOn()
                + (c.listedUntil() == null ? "" : " to " + c.listedUntil()), null);
        for (EnrolmentEntity e : live) {
            EnrolmentStatusWrites.apply(em, e, EnrolmentStatus.TERMINATED, TerminationReason.FRAUD,
                    "dishonesty record " + d.getId() + ": " + c.decision(), c.decidedOn(), ctx.actor(), now);
        }
        return d;
    }

    /** The enrolments still live, each endable on the decision day (422 when one changed status after it). */
    private static List<EnrolmentEntity> live(List<EnrolmentEntity> enrolments, LocalDate on) {
        List<EnrolmentEntity> out = new ArrayList<>();
        for (EnrolmentEntity e : enrolments) {
            if (e.getStatus() == EnrolmentStatus.TERMINATED) {
                continue;
            }
            if (on.isBefore(e.getStatusSince())) {
                throw new ValidationException("decidedOn", "order", "enrolment " + e.getId() + " has been "
                        + e.getStatus() + " since " + e.getStatusSince() + ": it cannot be ended on an earlier day");
            }
            out.add(e);
        }
        return out;
    }
}
