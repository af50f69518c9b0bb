package org.doudi.registry.internal.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.monitoring.DispositionKind;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.WarningAssignment;
import org.doudi.api.monitoring.WarningDisposition;
import org.doudi.api.monitoring.WarningStatus;
import org.doudi.api.monitoring.WarningVerification;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Relation;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.entity.EnrolmentEntity;
import org.doudi.registry.internal.entity.MemberEntity;
import org.doudi.registry.internal.entity.WarningEntity;

/**
 * The workflow steps inside the caller's JPA transaction: each checks the step is allowed ({@link WarningSteps})
 * and its fields, makes its enrolment effects, updates the warning (version-checked) and appends its audit event.
 * A reported death: confirmed terminates the enrolments it suspended (DECEASED) and ends the member on the date of
 * death; not confirmed — or dismissed — restores them. TERMINATE_ASSISTANCE ends the household's live enrolments
 * covering the person (INELIGIBLE, DECEASED for a death) from the effective day.
 */
final class WarningWorkflow {
    private final EnrolmentEffects effects;
    private final HouseholdService households;
    private final StreetDirectory streets;
    private final DoudiClock clock;

    WarningWorkflow(EnrolmentEffects effects, HouseholdService households, StreetDirectory streets, DoudiClock clock) {
        this.effects = effects;
        this.households = households;
        this.streets = streets;
        this.clock = clock;
    }

    void assign(EntityManager em, WarningEntity w, WarningAssignment a, WriteContext ctx) {
        WarningChecks.body(a);
        WarningSteps.requireAssignable(w);
        String advisor = WarningChecks.required("advisor", a.advisor(), WarningChecks.MAX_NAME,
                "the advisor's user name is required");
        String street = a.street() == null || a.street().isBlank() ? w.getStreet() : a.street().strip();
        if (streets != null && streets.find(street).isEmpty()) {
            throw new ValidationException("street", "oneOf", "unknown street '" + street + "'");
        }
        String note = WarningChecks.length("note", a.note(), WarningChecks.MAX_TEXT);
        w.assign(street, advisor, now());
        w.setStatus(WarningStatus.ASSIGNED);
        audit(em, w, ctx, "WARNING_ASSIGNED", "assigned to " + advisor + " (" + street + ")"
                + (note == null ? "" : ": " + note));
    }

    void verify(EntityManager em, WarningEntity w, WarningVerification v, WriteContext ctx) {
        WarningChecks.body(v);
        WarningSteps.requireVerifiable(w);
        if (v.confirmed() == null) {
            throw new ValidationException("confirmed", "required",
                    "true if the fact was found true, false if the report was wrong");
        }
        String findings = WarningChecks.required("findings", v.findings(), WarningChecks.MAX_TEXT,
                "what the offline verification found is required");
        LocalDate on = WarningChecks.notFuture("verifiedOn", v.verifiedOn(), clock.today());
        String effect = "";
        if (FeedType.DEATH.id().equals(w.getFeedType())) {
            effect = v.confirmed() ? deathConfirmed(em, w, on, ctx) : restore(em, w, on,
                    "reported death not confirmed on verification", ctx.actor());
        }
        w.verify(v.confirmed(), on, findings, ctx.actor(), now());
        w.setStatus(WarningStatus.VERIFIED);
        audit(em, w, ctx, "WARNING_VERIFIED", (v.confirmed() ? "confirmed" : "not confirmed") + " on " + on + ": "
                + findings + effect);
    }

    void dispose(EntityManager em, WarningEntity w, WarningDisposition d, WriteContext ctx) {
        WarningChecks.body(d);
        if (d.kind() == null) {
            throw new ValidationException("kind", "required", "one of INCLUDE_IN_ASSISTANCE, TERMINATE_ASSISTANCE,"
                    + " LINK_TO_SERVICES, DISMISS");
        }
        WarningSteps.requireDisposable(w, d.kind());
        String reason = WarningChecks.required("reason", d.reason(), WarningChecks.MAX_TEXT,
                d.kind() == DispositionKind.DISMISS ? "why the warning is unfounded is required" : "why is required");
        String services = WarningChecks.length("services", d.services(), WarningChecks.MAX_SERVICES);
        LocalDate effective = null;
        String effect = "";
        switch (d.kind()) {
            case TERMINATE_ASSISTANCE -> {
                effective = WarningChecks.notFuture("effectiveOn", d.effectiveOn(), clock.today());
                effect = terminate(em, w, effective, d.effectiveOn() != null, reason, ctx.actor());
            }
            case LINK_TO_SERVICES -> {
                if (services == null) {
                    throw new ValidationException("services", "required", "the services linked are required");
                }
            }
            case DISMISS -> effect = restore(em, w, clock.today(), "warning dismissed: " + reason, ctx.actor());
            default -> {
                // INCLUDE_IN_ASSISTANCE records what was done (the reason); the application is a case of its own
            }
        }
        w.dispose(d.kind(), reason, effective, services, w.getTerminatedEnrolments(), ctx.actor(), now());
        w.setStatus(d.kind() == DispositionKind.DISMISS ? WarningStatus.DISMISSED : WarningStatus.DISPOSED);
        audit(em, w, ctx, d.kind() == DispositionKind.DISMISS ? "WARNING_DISMISSED" : "WARNING_DISPOSED",
                d.kind() + ": " + reason + effect);
    }

    private String deathConfirmed(EntityManager em, WarningEntity w, LocalDate on, WriteContext ctx) {
        List<EnrolmentEntity> targets = new ArrayList<>(effects.byIds(em, Lists.split(w.getSuspendedEnrolments()))
                .stream().filter(e -> e.getStatus() == EnrolmentStatus.SUSPENDED).collect(Collectors.toList()));
        if (w.isSuspensionDue()) {
            targets.addAll(effects.covering(em, w.getHouseholdId(), w.getPersonId(), List.of(EnrolmentStatus.ACTIVE)));
            w.setSuspensionDue(false);
        }
        String note = "death on " + w.getFactDate() + " confirmed (warning " + w.getId() + ")";
        for (EnrolmentEntity e : targets) {
            effects.change(em, e, EnrolmentStatus.TERMINATED, TerminationReason.DECEASED, note, on, ctx.actor());
        }
        List<String> ids = targets.stream().map(EnrolmentEntity::getId).collect(Collectors.toList());
        w.setTerminatedEnrolments(Lists.union(w.getTerminatedEnrolments(), ids));
        return (ids.isEmpty() ? "" : "; terminated " + String.join(", ", ids)) + endMember(em, w, ctx, !ids.isEmpty());
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
    private String restore(EntityManager em, WarningEntity w, LocalDate on, String why, String actor) {
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

    private String terminate(EntityManager em, WarningEntity w, LocalDate effective, boolean explicit, String reason,
            String actor) {
        List<EnrolmentEntity> live = effects.covering(em, w.getHouseholdId(), w.getPersonId(),
                List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.SUSPENDED));
        if (live.isEmpty() && Lists.split(w.getTerminatedEnrolments()).isEmpty()) {
            throw DoudiException.conflict("no live enrolment of household " + w.getHouseholdId()
                    + " covers this person: dispose as INCLUDE_IN_ASSISTANCE, LINK_TO_SERVICES or DISMISS");
        }
        for (EnrolmentEntity e : live) {
            if (explicit && effective.isBefore(e.getStatusSince())) {
                throw new ValidationException("effectiveOn", "order", "enrolment " + e.getId() + " is "
                        + e.getStatus() + " since " + e.getStatusSince() + "; the termination cannot be earlier");
            }
        }
        TerminationReason why = FeedType.DEATH.id().equals(w.getFeedType()) ? TerminationReason.DECEASED
                : TerminationReason.INELIGIBLE;
        for (EnrolmentEntity e : live) {
            effects.change(em, e, EnrolmentStatus.TERMINATED, why, "warning " + w.getId() + ": " + reason, effective,
                    actor);
        }
        List<String> ids = live.stream().map(EnrolmentEntity::getId).collect(Collectors.toList());
        w.setTerminatedEnrolments(Lists.union(w.getTerminatedEnrolments(), ids));
        if (!ids.isEmpty()) {
            effects.recomputeCircles(em, w.getHouseholdId());
        }
        return ids.isEmpty() ? "" : "; terminated " + String.join(", ", ids) + " (" + why + ") from " + effective;
    }

    private void audit(EntityManager em, WarningEntity w, WriteContext ctx, String action, String reason) {
        em.flush();
        AuditLog.append(em, clock.now(), ctx.actor(), action, DeathSuspensions.ENTITY, w.getId(), w.getVersion(),
                reason, null);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
