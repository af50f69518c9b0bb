package org.doudi.program.charity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.DoudiClock;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.security.Caller;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Referrals (转介) of households to charity projects. A household is referred only when one of its active members
 * has a consent allowing {@code REFERRAL} to the project's organisation, valid today; the referral itself, with its
 * place and amount, is the core's and is tracked to its outcome there ({@code POST /api/referrals/{id}/outcome}).
 */
@Component(service = CharityReferrals.class)
public class CharityReferrals {
    private static final int PAGE = 200;

    @Reference
    private ReferralService referrals;
    @Reference
    private HouseholdService households;
    @Reference
    private Projects projects;
    @Reference
    private Consents consents;
    @Reference
    private DoudiClock clock;

    /** For Declarative Services. */
    public CharityReferrals() {
    }

    /** Without OSGi, for tests. */
    CharityReferrals(ReferralService referrals, HouseholdService households, Projects projects, Consents consents,
            DoudiClock clock) {
        this.referrals = referrals;
        this.households = households;
        this.projects = projects;
        this.consents = consents;
        this.clock = clock;
    }

    /** Refers a household the caller may see; 422 naming {@code consent} when no member has consented. */
    public Referral refer(CharityReferralRequest request, Caller caller, WriteContext context) {
        Fields.body(request);
        Household h = new HouseholdScope(households).visible(request.householdId(), caller);
        if (request.projectId() == null || request.projectId().isBlank()) {
            throw new ValidationException("projectId", "required", "must be given");
        }
        AssistanceResource project = projects.project(request.projectId());
        Organisation org = projects.organisationOf(project);
        LocalDate today = clock.today();
        if (consents.consenting(h, org, ConsentScope.REFERRAL, today).isEmpty()) {
            throw new ValidationException("consent", "required", "no active member of household " + h.id()
                    + " has a consent (REFERRAL or BOTH) to " + org.name() + " valid on " + today
                    + "; record one first (POST /api/programs/charity/consents)");
        }
        return referrals.refer(new ReferralRequest(h.id(), project.id(), request.dimension(), request.amount(), null,
                request.note()), context);
    }

    /** The household's referrals to charity projects, newest first. */
    public List<Referral> ofHousehold(String householdId, Caller caller) {
        Household h = new HouseholdScope(households).visible(householdId, caller);
        Set<String> charity = projects.all(null).stream().map(AssistanceResource::id).collect(Collectors.toSet());
        List<Referral> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Referral> items = referrals.find(new ReferralQuery(h.id(), null, null, null, page, PAGE)).items();
            items.stream().filter(r -> charity.contains(r.resourceId())).forEach(out::add);
            if (items.size() < PAGE) {
                return out;
            }
        }
    }
}
