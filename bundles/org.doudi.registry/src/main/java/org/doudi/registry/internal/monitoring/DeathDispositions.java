package org.doudi.registry.internal.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.monitoring.DispositionKind;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Relation;
import org.doudi.registry.internal.entity.EnrolmentEntity;
import org.doudi.registry.internal.entity.MemberEntity;
import org.doudi.registry.internal.entity.WarningEntity;

/**
 * What disposing of a reported death does, inside the caller's transaction (the disposition, never the
 * verification: {@link WarningWorkflow}). TERMINATE_ASSISTANCE after a confirmed death ends what paid only for the
 * deceased and the membership; DISMISS restores what the report suspended; a report still holding payment back
 * cannot end any other way.
 */
final class DeathDispositions {
    private static final List<EnrolmentStatus> LIVE = List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.SUSPENDED);

    private final EnrolmentEffects effects;
    private final HouseholdService households;

    DeathDispositions(EnrolmentEffects effects, HouseholdService households) {
        this.effects = effects;
        this.households = households;
    }

    static boolean isDeath(WarningEntity w) {
        return FeedType.DEATH.id().equals(w.getFeedType());
    }

    /** A death its verification confirmed: the only case a termination may say DECEASED. */
    static boolean confirmedDeath(WarningEntity w) {
        return isDeath(w) && Boolean.TRUE.equals(w.getVerifiedConfirmed());
    }

    /**
     * A confirmed death, terminated: the enrolments that paid only for this person ({@link DeathCoverage}: those it
     * suspended, and any still ACTIVE) end as DECEASED; enrolments that still pay for other members are left as
     * they are (named, to be recalculated); the member is ended on the date of death when the registry allows.
     */
    String terminated(EntityManager em, WarningEntity w, LocalDate effective, boolean explicit,
            String reason, WriteContext ctx) {
        Map<String, EnrolmentEntity> targets = new LinkedHashMap<>();
        effects.byIds(em, Lists.split(w.getSuspendedEnrolments())).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.SUSPENDED).forEach(e -> targets.put(e.getId(), e));
        List<EnrolmentEffects.DeathCover> shared = new ArrayList<>();
        for (EnrolmentEffects.DeathCover c : effects.weighed(em, w.getHouseholdId(), w.getPersonId(), LIVE)) {
            if (c.endsWithDeath()) {
                targets.putIfAbsent(c.enrolment().getId(), c.enrolment());
            } else if (!targets.containsKey(c.enrolment().getId())) {
                shared.add(c);
            }
        }
        WarningChecks.notBefore(targets.values(), effective, explicit);
        String note = "death on " + w.getFactDate() + " confirmed (warning " + w.getId() + "): " + reason;
        for (EnrolmentEntity e : targets.values()) {
            effects.change(em, e, EnrolmentStatus.TERMINATED, TerminationReason.DECEASED, note, effective,
                    ctx.actor());
        }
        w.setSuspensionDue(false);
        List<String> ids = new ArrayList<>(targets.keySet());
        w.setTerminatedEnrolments(Lists.union(w.getTerminatedEnrolments(), ids));
        String kept = shared.stream().map(c -> c.enrolment().getId() + " (" + c.enrolment().getProgramId()
                + ", computed for " + c.paidFor() + " members: recalculate)").collect(Collectors.joining(", "));
        return (ids.isEmpty() ? "" : "; terminated " + String.join(", ", ids) + " (DECEASED) from " + effective)
                + (kept.isEmpty() ? "" : "; left as it is: " + kept) + endMember(em, w, ctx, !ids.isEmpty());
    }

    /** A death report holding payment back must end in TERMINATE_ASSISTANCE or DISMISS, never in between. */
    void requireNothingHeld(EntityManager em, WarningEntity w, DispositionKind kind) {
        if (!isDeath(w)) {
            return;
        }
        List<String> held = effects.byIds(em, Lists.split(w.getSuspendedEnrolments())).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.SUSPENDED
                        && e.getStatusReason() == TerminationReason.PENDING_VERIFICATION)
                .map(EnrolmentEntity::getId).collect(Collectors.toList());
        if (!held.isEmpty() || w.isSuspensionDue()) {
            throw DoudiException.conflict("warning " + w.getId() + " holds payment back (" + (held.isEmpty()
                    ? "suspension due" : "suspended: " + String.join(", ", held)) + ") and cannot be disposed as "
                    + kind + ": dispose TERMINATE_ASSISTANCE (death confirmed) or DISMISS (report wrong, payment"
                    + " resumes)");
        }
    }

    /**
     * Ends the deceased's membership on the date of death. The registry keeps exactly one active head per
     * household, so a deceased head stays until the street names a new head (said in the audit event).
     */
    private String endMember(EntityManager em, WarningEntity w, WriteContext ctx, boolean enrolmentsChanged) {
        MemberEntity m = em.find(MemberEntity.class, w.getPersonId());
        String outcome = "";
        if (m != null && m.getEndedOn() == null && households != null) {
            if (m.getRelation() == Relation.HEAD) {
                outcome = "; member not ended: the household's head — name a new head, then end the membership";
            } else {
                households.endMember(w.getHouseholdId(), w.getPersonId(), w.getFactDate(), EndReason.DECEASED, ctx);
                return "; member ended (DECEASED, " + w.getFactDate() + ")";
            }
        }
        if (enrolmentsChanged) {
            effects.recomputeCircles(em, w.getHouseholdId());
        }
        return outcome;
    }

    /** Puts back the enrolments a reported death suspended, if they are still waiting. */
    String restore(EntityManager em, WarningEntity w, LocalDate on, String why, String actor) {
        w.setSuspensionDue(false);
        List<EnrolmentEntity> waiting = effects.byIds(em, Lists.split(w.getSuspendedEnrolments())).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.SUSPENDED
                        && e.getStatusReason() == TerminationReason.PENDING_VERIFICATION)
                .collect(Collectors.toList());
        for (EnrolmentEntity e : waiting) {
            effects.change(em, e, EnrolmentStatus.ACTIVE, null, why + " (warning " + w.getId() + ")", on, actor);
        }
        if (waiting.isEmpty()) {
            return "";
        }
        effects.recomputeCircles(em, w.getHouseholdId());
        return "; restored " + waiting.stream().map(EnrolmentEntity::getId).collect(Collectors.joining(", "));
    }
}
