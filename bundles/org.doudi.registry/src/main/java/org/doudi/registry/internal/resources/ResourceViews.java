package org.doudi.registry.internal.resources;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.registry.internal.entity.AssistanceResourceEntity;
import org.doudi.registry.internal.entity.ReferralEntity;

/** Resources and referrals as the API shows them, and what "available on a day" means. */
final class ResourceViews {

    private ResourceViews() {
    }

    static AssistanceResource of(AssistanceResourceEntity e) {
        return new AssistanceResource(e.getId(), e.getName(), e.getKind(), e.getCategory(), e.getProvider(),
                e.getProgramId(), e.getStreet(), e.getCapacity(), e.getBudget(), e.getCommitted(),
                e.getCommittedAmount(), e.getValidFrom(), e.getValidTo(), e.isActive(), e.getDescription(),
                e.getVersion(), e.getUpdatedAt().toInstant(ZoneOffset.UTC));
    }

    static Referral of(ReferralEntity r, String resourceName) {
        return new Referral(r.getId(), r.getHouseholdId(), r.getStreet(), r.getResourceId(), resourceName,
                r.getDimension(), r.getAmount(), r.getStatus(), r.getReferredOn(), r.getNote(), r.getOutcome(),
                r.getOutcomeOn(), r.getReferredBy(), r.getUpdatedBy(), r.getUpdatedAt().toInstant(ZoneOffset.UTC),
                r.getVersion());
    }

    /** True if the resource is valid on {@code day}. */
    static boolean validOn(AssistanceResourceEntity e, LocalDate day) {
        return (e.getValidFrom() == null || !day.isBefore(e.getValidFrom()))
                && (e.getValidTo() == null || !day.isAfter(e.getValidTo()));
    }

    /** True if a referral could take a place of it on {@code day}: open, valid, with a place and money left. */
    static boolean availableOn(AssistanceResourceEntity e, LocalDate day) {
        return e.isActive() && validOn(e, day)
                && (e.getCapacity() == null || e.getCommitted() < e.getCapacity())
                && (e.getBudget() == null || e.getCommittedAmount().compareTo(e.getBudget()) < 0);
    }

    /** True if it serves {@code street}: its own street's resources and the district's. */
    static boolean serves(AssistanceResourceEntity e, String street) {
        return e.getStreet() == null || e.getStreet().equals(street);
    }
}
