package org.doudi.registry.internal.supervision.dishonesty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * the overpayment computed from the household's enrolments in the program (months over only, the first-day status,
 * months the reconciliation found unpaid left out, months another record in force claims refused with a 409), the fine, the record and its audit entry;
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
        Overpayments.Claim claim = Overpayments.months(enrolments.stream().map(CaseViews::of).toList(), c.from(),
                c.to(), notPaid(em, h.getId(), c));
        List<DishonestyMonth> months = claim.months();
        if (months.isEmpty()) {
            throw new ValidationException("overpaidFrom", "paidInPeriod", "household " + h.getId() + " was on no "
                    + c.programId() + " payment roll from " + c.from() + " to " + c.to()
                    + (claim.notPaid().isEmpty() ? "" : " with the money paid (" + notPaidNote(claim) + ")"));
        }
        refuseClaimedAlready(em, months);
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
        d.setOverpaymentNote(claim.notPaid().isEmpty() ? null : notPaidNote(claim));
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
        for (DishonestyMonth m : months) {
            em.createNativeQuery("INSERT INTO dishonesty_claim (enrolment_id, pay_month, record_id) VALUES (?, ?, ?)")
                    .setParameter(1, m.enrolmentId()).setParameter(2, m.month()).setParameter(3, d.getId())
                    .executeUpdate();
        }
        AuditLog.append(em, now, ctx.actor(), "DISHONESTY_RECORDED", ENTITY, d.getId(), d.getVersion(), c.kind()
                + " in " + c.programId() + " by a member of household " + h.getId() + ", decided " + c.decidedOn()
                + ": " + c.decision() + "; overpaid " + overpaid.toPlainString() + " over " + months.size()
                + " month(s) " + c.from() + " to " + c.to()
                + (d.getOverpaymentNote() == null ? "" : " (" + d.getOverpaymentNote() + ")") + ", fine " + c.fineMultiple().toPlainString() + " × = "
                + d.getFineAmount().toPlainString() + "; listed from " + c.decidedOn()
                + (c.listedUntil() == null ? "" : " to " + c.listedUntil()), null);
        for (EnrolmentEntity e : live) {
            EnrolmentStatusWrites.apply(em, e, EnrolmentStatus.TERMINATED, TerminationReason.FRAUD,
                    "dishonesty record " + d.getId() + ": " + c.decision(), c.decidedOn(), ctx.actor(), now);
        }
        return d;
    }

    /**
     * The enrolment-months of the household in the program, in the period, that the latest stored reconciliation
     * of the month lists as ON_ROLL_NOT_PAID (on our roll, but the platform paid nothing), unless the mismatch was
     * settled as paid after all (CORRECTED_PAYMENT: a supplementary payment; EXPLAINED: paid by agreement).
     */
    private static Set<String> notPaid(EntityManager em, String householdId, DishonestyChecks.Checked c) {
        Set<String> out = new HashSet<>();
        for (Object row : em.createNativeQuery("SELECT m.enrolment_id, r.recon_month FROM reconciliation_mismatch m"
                + " JOIN reconciliation r ON r.id = m.reconciliation_id WHERE m.kind = 'ON_ROLL_NOT_PAID'"
                + " AND m.household_id = ? AND m.program_id = ? AND m.enrolment_id IS NOT NULL"
                + " AND r.recon_month >= ? AND r.recon_month <= ?"
                + " AND (m.resolution IS NULL OR m.resolution NOT IN ('CORRECTED_PAYMENT', 'EXPLAINED'))"
                + " AND r.ran_at = (SELECT MAX(r2.ran_at) FROM reconciliation r2 WHERE r2.recon_month = r.recon_month)")
                .setParameter(1, householdId).setParameter(2, c.programId()).setParameter(3, c.from().toString())
                .setParameter(4, c.to().toString()).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(Overpayments.key((String) r[0], (String) r[1]));
        }
        return out;
    }

    private static String notPaidNote(Overpayments.Claim claim) {
        String note = "not counted, on the roll but not paid (reconciliation ON_ROLL_NOT_PAID): " + String.join(", ",
                claim.notPaid().stream().map(m -> m.month() + " " + m.enrolmentId() + " "
                        + m.amount().toPlainString()).toList());
        return note.length() > 1000 ? note.substring(0, 997) + "..." : note;
    }

    /**
     * 409 naming the earlier record when a month of an enrolment is claimed already by a record still in force
     * (one not lifted): two members of a household, or a second record for the same person, cannot count the same
     * money twice. The table's primary key enforces the same.
     */
    private static void refuseClaimedAlready(EntityManager em, List<DishonestyMonth> months) {
        Set<String> wanted = new HashSet<>();
        months.forEach(m -> wanted.add(Overpayments.key(m.enrolmentId(), m.month())));
        Map<String, List<String>> taken = new TreeMap<>();
        for (String enrolment : new TreeSet<>(months.stream().map(DishonestyMonth::enrolmentId).toList())) {
            for (Object row : em.createNativeQuery("SELECT record_id, pay_month FROM dishonesty_claim"
                    + " WHERE enrolment_id = ? ORDER BY pay_month").setParameter(1, enrolment).getResultList()) {
                Object[] r = (Object[]) row;
                if (wanted.contains(Overpayments.key(enrolment, (String) r[1]))) {
                    taken.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r[1] + " " + enrolment);
                }
            }
        }
        if (!taken.isEmpty()) {
            Map.Entry<String, List<String>> first = taken.entrySet().iterator().next();
            throw new DoudiException(409, "months-claimed", "dishonesty record " + first.getKey() + " claims "
                    + first.getValue().size() + " of these months already (" + String.join(", ", first.getValue())
                    + (taken.size() > 1 ? "; also records " + String.join(", ", taken.keySet()) : "")
                    + "); a month paid is recovered once — lift that record first or leave these months out");
        }
    }

    /** Frees the months claimed by a record whose listing was lifted. */
    static void releaseClaims(EntityManager em, String recordId) {
        em.createNativeQuery("DELETE FROM dishonesty_claim WHERE record_id = ?").setParameter(1, recordId)
                .executeUpdate();
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
