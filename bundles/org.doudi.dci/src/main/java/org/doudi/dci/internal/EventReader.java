package org.doudi.dci.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.doudi.api.audit.AuditEvent;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningService;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdRevision;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;

/**
 * Maps audit entries to registry events: HOUSEHOLD_CREATED → REGISTER; MEMBER_ADDED → NewHouseHoldMember (the
 * members the revision added); ENROLMENT_CREATED / _ACTIVE / _SUSPENDED / _TERMINATED → EnrolmentStatusChange
 * (Active, Suspended, Deceased, Graduated); WARNING_SUSPENDED_ENROLMENTS of a death feed → DEATH_REGISTERED
 * (reported, the same event {@link #reported} makes of the warning itself, which {@link DeathWarnings} reads for
 * every death a feed reports); MEMBER_ENDED with reason DECEASED → DEATH_REGISTERED (confirmed). Other entries map
 * to nothing.
 */
final class EventReader {
    /** The audit actions that may mean an event. */
    static final Set<String> ACTIONS = Set.of("HOUSEHOLD_CREATED", "MEMBER_ADDED", "MEMBER_ENDED",
            "ENROLMENT_CREATED", "ENROLMENT_ACTIVE", "ENROLMENT_SUSPENDED", "ENROLMENT_TERMINATED",
            "WARNING_SUSPENDED_ENROLMENTS");

    private final HouseholdService households;
    private final EnrolmentService enrolments;
    private final WarningService warnings;

    EventReader(HouseholdService households, EnrolmentService enrolments, WarningService warnings) {
        this.households = households;
        this.enrolments = enrolments;
        this.warnings = warnings;
    }

    List<RegistryEvent> read(AuditEvent a) {
        List<RegistryEvent> out = new ArrayList<>();
        switch (a.action()) {
            case "HOUSEHOLD_CREATED" -> households.find(a.entityId()).ifPresent(h -> out.add(
                    new RegistryEvent(a.id(), a.at(), SubscriptionItem.REGISTER, h, null, null, null, null)));
            case "MEMBER_ADDED" -> changed(a, (before, after) -> before == null).forEach(pair -> out.add(
                    new RegistryEvent(a.id(), a.at(), SubscriptionItem.NEW_MEMBER, pair.h, pair.member, null, null,
                            null)));
            case "MEMBER_ENDED" -> changed(a, (before, after) -> before != null && before.endedOn() == null
                    && after.endedOn() != null && after.endReason() == EndReason.DECEASED).forEach(pair -> out.add(
                    new RegistryEvent(a.id(), a.at(), SubscriptionItem.DEATH, pair.h, pair.member, null, "confirmed",
                            pair.member.endedOn())));
            case "WARNING_SUSPENDED_ENROLMENTS" -> warnings.find(a.entityId()).flatMap(this::reported)
                    .ifPresent(out::add);
            default -> enrolments.find(a.entityId()).ifPresent(e -> households.find(e.householdId()).ifPresent(h ->
                    out.add(new RegistryEvent(a.id(), a.at(), SubscriptionItem.ENROLMENT, h, null, asOf(e, a), null,
                            null))));
        }
        return out;
    }

    /**
     * The death a feed reported in warning {@code w}, as subscribers hear of it (DEATH_REGISTERED, {@code reported},
     * the date of death, at the time the warning was raised): none unless it is a death warning of a person who is a
     * member of its household. The same event whether it is read from the warning or from the audit entry of the
     * suspension it caused.
     */
    Optional<RegistryEvent> reported(Warning w) {
        if (w == null || w.type() != FeedType.DEATH || w.householdId() == null || w.personId() == null) {
            return Optional.empty();
        }
        return households.find(w.householdId()).flatMap(h -> reported(w, h));
    }

    static Optional<RegistryEvent> reported(Warning w, Household h) {
        if (w.raisedAt() == null) {
            return Optional.empty();
        }
        return members(h).stream().filter(m -> Objects.equals(m.personId(), w.personId())).findFirst()
                .map(m -> new RegistryEvent("warning-" + w.id(), w.id(), w.raisedAt(), SubscriptionItem.DEATH, h, m,
                        null, "reported", w.factDate()));
    }

    /** The enrolment with the status the audited change gave it (later changes may have followed). */
    static Enrolment asOf(Enrolment e, AuditEvent a) {
        String word = a.action().substring("ENROLMENT_".length());
        EnrolmentStatus status = word.equals("CREATED") ? EnrolmentStatus.ACTIVE : EnrolmentStatus.valueOf(word);
        TerminationReason reason = null;
        java.time.LocalDate since = e.statusSince();
        List<EnrolmentChange> history = e.history() == null ? List.of() : e.history();
        for (EnrolmentChange c : history) {
            if (c.status() == status && (c.at() == null || !c.at().isAfter(a.at().plusSeconds(1)))) {
                reason = c.reason();
                since = c.on();
            }
        }
        return new Enrolment(e.id(), e.householdId(), e.programId(), e.caseId(), e.street(), e.monthlyAmount(),
                e.startMonth(), e.nextReview(), e.payeeAccount(), status, reason, since,
                Enrolment.beneficiaryStatus(status, reason), e.history(), e.version());
    }

    private record Changed(Household h, Member member) {
    }

    private interface MemberChange {
        boolean test(Member before, Member after);
    }

    /** The members of the audited revision for which {@code change} holds against the revision before it. */
    private List<Changed> changed(AuditEvent a, MemberChange change) {
        List<HouseholdRevision> history = households.history(a.entityId());
        Optional<HouseholdRevision> at = history.stream().filter(r -> Objects.equals(r.version(), a.entityVersion()))
                .findFirst();
        if (at.isEmpty()) {
            return List.of();
        }
        Optional<HouseholdRevision> before = history.stream()
                .filter(r -> a.entityVersion() != null && r.version() == a.entityVersion() - 1).findFirst();
        Household h = households.find(a.entityId()).orElse(at.get().snapshot());
        List<Member> now = members(at.get().snapshot());
        List<Changed> out = new ArrayList<>();
        if (before.isEmpty()) {
            // no earlier revision kept (an imported household): members are appended, so only the last one can be
            // new; an ended member is compared with itself not yet ended
            for (int i = 0; i < now.size(); i++) {
                Member m = now.get(i);
                if (change.test(i == now.size() - 1 ? null : m.ended(null, null), m)
                        || (m.endedOn() != null && change.test(m.ended(null, null), m))) {
                    out.add(new Changed(h, m));
                }
            }
            return out;
        }
        List<Member> previous = members(before.get().snapshot());
        for (Member m : now) {
            Member earlier = previous.stream().filter(p -> Objects.equals(p.personId(), m.personId())).findFirst()
                    .orElse(null);
            if (change.test(earlier, m)) {
                out.add(new Changed(h, m));
            }
        }
        return out;
    }

    private static List<Member> members(Household h) {
        return h == null || h.members() == null ? List.of() : h.members();
    }
}
