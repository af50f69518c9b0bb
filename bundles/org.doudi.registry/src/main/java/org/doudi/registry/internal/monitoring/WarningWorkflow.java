package org.doudi.registry.internal.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import org.doudi.api.monitoring.WarningAssignment;
import org.doudi.api.monitoring.WarningDisposition;
import org.doudi.api.monitoring.WarningStatus;
import org.doudi.api.monitoring.WarningVerification;
import org.doudi.api.registry.HouseholdService;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.entity.EnrolmentEntity;
import org.doudi.registry.internal.entity.WarningEntity;

/**
 * The workflow steps inside the caller's JPA transaction: each checks the step is allowed ({@link WarningSteps})
 * and its fields, makes its enrolment effects, updates the warning (version-checked) and appends its audit event.
 * <p>Verification only records findings (an advisor, read-only for payments, may verify); every effect on
 * enrolments and memberships comes with the disposition:
 * <ul>
 * <li>TERMINATE_ASSISTANCE after a confirmed death: the enrolments that paid only for the deceased
 * ({@link DeathCoverage}) end as DECEASED from the effective day, enrolments still paying for other members are left
 * as they are (to be recalculated), and the member is ended on the date of death unless they are the head.</li>
 * <li>TERMINATE_ASSISTANCE otherwise (any other fact, or a death not confirmed): the household's live enrolments
 * covering the person end as INELIGIBLE — a living person is never recorded as deceased.</li>
 * <li>DISMISS restores the enrolments a reported death suspended (the report was wrong).</li>
 * <li>INCLUDE_IN_ASSISTANCE and LINK_TO_SERVICES record what was done; a death report still holding payment back
 * cannot end that way (409).</li>
 * </ul>
 */
final class WarningWorkflow {
    private static final List<EnrolmentStatus> LIVE = List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.SUSPENDED);

    private final EnrolmentEffects effects;
    private final DeathDispositions deaths;
    private final StreetDirectory streets;
    private final DoudiClock clock;

    private final java.util.function.Supplier<List<org.doudi.registry.internal.supervision.DecisionGuard>> guards;

    WarningWorkflow(EnrolmentEffects effects, HouseholdService households, StreetDirectory streets, DoudiClock clock) {
        this(effects, households, streets, clock, List::of);
    }

    /** With the conflict-of-interest guards (近亲属备案) asked before every assignment (also of the
     * advisor assigned), verification and disposition. */
    WarningWorkflow(EnrolmentEffects effects, HouseholdService households, StreetDirectory streets, DoudiClock clock,
            java.util.function.Supplier<List<org.doudi.registry.internal.supervision.DecisionGuard>> guards) {
        this.guards = guards;
        this.effects = effects;
        this.deaths = new DeathDispositions(effects, households);
        this.streets = streets;
        this.clock = clock;
    }

    void assign(EntityManager em, WarningEntity w, WarningAssignment a, WriteContext ctx) {
        WarningChecks.body(a);
        WarningSteps.requireAssignable(w);
        String advisor = WarningChecks.required("advisor", a.advisor(), WarningChecks.MAX_NAME,
                "the advisor's user name is required");
        // neither the one assigning nor the advisor assigned may have a registered relative in the household
        guards.get().forEach(g -> {
            g.check(em, ctx.actor(), w.getHouseholdId(), "WARNING_ASSIGNED");
            g.check(em, advisor, w.getHouseholdId(), "WARNING_ASSIGNEE");
        });
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

    /**
     * Records the offline verification: findings only. Whoever verifies (an advisor may) changes no enrolment and
     * no membership; the effects come with the disposition, which only street operators and district staff make.
     */
    void verify(EntityManager em, WarningEntity w, WarningVerification v, WriteContext ctx) {
        WarningChecks.body(v);
        WarningSteps.requireVerifiable(w);
        guards.get().forEach(g -> g.check(em, ctx.actor(), w.getHouseholdId(), "WARNING_VERIFIED"));
        if (v.confirmed() == null) {
            throw new ValidationException("confirmed", "required",
                    "true if the fact was found true, false if the report was wrong");
        }
        String findings = WarningChecks.required("findings", v.findings(), WarningChecks.MAX_TEXT,
                "what the offline verification found is required");
        LocalDate on = WarningChecks.notFuture("verifiedOn", v.verifiedOn(), clock.today());
        String next = "";
        if (DeathDispositions.isDeath(w)) {
            next = v.confirmed() ? "; next: TERMINATE_ASSISTANCE ends what paid only for this person and the membership"
                    : "; next: DISMISS restores any payment the report suspended";
        }
        w.verify(v.confirmed(), on, findings, ctx.actor(), now());
        w.setStatus(WarningStatus.VERIFIED);
        audit(em, w, ctx, "WARNING_VERIFIED", (v.confirmed() ? "confirmed" : "not confirmed") + " on " + on + ": "
                + findings + next);
    }

    void dispose(EntityManager em, WarningEntity w, WarningDisposition d, WriteContext ctx) {
        WarningChecks.body(d);
        if (d.kind() == null) {
            throw new ValidationException("kind", "required", "one of INCLUDE_IN_ASSISTANCE, TERMINATE_ASSISTANCE,"
                    + " LINK_TO_SERVICES, DISMISS");
        }
        WarningSteps.requireDisposable(w, d.kind());
        guards.get().forEach(g -> g.check(em, ctx.actor(), w.getHouseholdId(), "WARNING_" + d.kind()));
        String reason = WarningChecks.required("reason", d.reason(), WarningChecks.MAX_TEXT,
                d.kind() == DispositionKind.DISMISS ? "why the warning is unfounded is required" : "why is required");
        String services = WarningChecks.length("services", d.services(), WarningChecks.MAX_SERVICES);
        LocalDate effective = null;
        String effect = "";
        switch (d.kind()) {
            case TERMINATE_ASSISTANCE -> {
                effective = WarningChecks.notFuture("effectiveOn", d.effectiveOn(), clock.today());
                effect = DeathDispositions.confirmedDeath(w)
                        ? deaths.terminated(em, w, effective, d.effectiveOn() != null, reason, ctx)
                        : terminate(em, w, effective, d.effectiveOn() != null, reason, ctx.actor());
            }
            case LINK_TO_SERVICES -> {
                if (services == null) {
                    throw new ValidationException("services", "required", "the services linked are required");
                }
                deaths.requireNothingHeld(em, w, d.kind());
            }
            case DISMISS -> effect = deaths.restore(em, w, clock.today(), "warning dismissed: " + reason, ctx.actor());
            default -> deaths.requireNothingHeld(em, w, d.kind());
            // INCLUDE_IN_ASSISTANCE records what was done (the reason); the application is a case of its own
        }
        w.dispose(d.kind(), reason, effective, services, w.getTerminatedEnrolments(), ctx.actor(), now());
        w.setStatus(d.kind() == DispositionKind.DISMISS ? WarningStatus.DISMISSED : WarningStatus.DISPOSED);
        audit(em, w, ctx, d.kind() == DispositionKind.DISMISS ? "WARNING_DISMISSED" : "WARNING_DISPOSED",
                d.kind() + ": " + reason + effect);
    }

    private String terminate(EntityManager em, WarningEntity w, LocalDate effective, boolean explicit, String reason,
            String actor) {
        List<EnrolmentEntity> live = effects.covering(em, w.getHouseholdId(), w.getPersonId(), LIVE);
        if (live.isEmpty() && Lists.split(w.getTerminatedEnrolments()).isEmpty()) {
            throw DoudiException.conflict("no live enrolment of household " + w.getHouseholdId()
                    + " covers this person: dispose as INCLUDE_IN_ASSISTANCE, LINK_TO_SERVICES or DISMISS");
        }
        WarningChecks.notBefore(live, effective, explicit);
        TerminationReason why = TerminationReason.INELIGIBLE; // DECEASED only after a confirmed death
        w.setSuspensionDue(false);
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
