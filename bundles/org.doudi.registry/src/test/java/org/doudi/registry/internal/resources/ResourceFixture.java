package org.doudi.registry.internal.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.NeedsAssessmentRequest;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.registry.Household;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralOutcomeRequest;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ResourceRequest;
import org.doudi.registry.internal.needs.NeedsRegistry;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeFixture;

/** The registry with the needs, resource and referral services; today is 2025-03-31. */
final class ResourceFixture {
    static final WriteContext STAFF = WriteContext.of("staff", "resource list");
    final StaffRelativeFixture f = new StaffRelativeFixture();
    final NeedsRegistry needs = new NeedsRegistry();
    final ResourceRegistry resources = new ResourceRegistry();
    final ReferralRegistry referrals = new ReferralRegistry();

    ResourceFixture() {
        try {
            for (Object o : new Object[] {needs, resources, referrals}) {
                StaffRelativeFixture.set(o, "jpa", f.jpa);
                StaffRelativeFixture.set(o, "clock", f.clock);
            }
            StaffRelativeFixture.set(resources, "streets", f.streets);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    Household household(String street) {
        return f.household(street, f.idNumber("19600101"));
    }

    void assess(Household h, NeedsGrades grades) {
        needs.assess(new NeedsAssessmentRequest(h.id(), LocalDate.of(2025, 3, 1), grades, null),
                WriteContext.of("assessor", "assessed"));
    }

    static ResourceRequest request(String name, String category, String street, Integer capacity, String budget) {
        return new ResourceRequest(name, "CHARITY_PROJECT", category, "长宁区慈善基金会", street, capacity,
                budget == null ? null : new BigDecimal(budget), "2025-01-01", "2025-12-31", null, null);
    }

    AssistanceResource resource(String name, String category, String street, Integer capacity, String budget) {
        return resources.create(request(name, category, street, capacity, budget), "charity", STAFF);
    }

    Referral refer(Household h, AssistanceResource r, String amount) {
        return referrals.refer(new ReferralRequest(h.id(), r.id(), null, amount == null ? null
                : new BigDecimal(amount), null, "needs help"), WriteContext.of("operator", "referral"));
    }

    Referral outcome(Referral r, String status) {
        return referrals.outcome(r.id(), new ReferralOutcomeRequest(status, "as reported", null),
                WriteContext.of("operator", "outcome"));
    }
}
