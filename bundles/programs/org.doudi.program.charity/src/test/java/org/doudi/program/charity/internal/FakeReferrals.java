package org.doudi.program.charity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralOutcomeRequest;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ReferralStatus;

/** Referrals in memory: what was referred (with the household's street), without capacity checks. */
final class FakeReferrals implements ReferralService {
    final List<Referral> referrals = new ArrayList<>();
    private final FakeHouseholds households;

    FakeReferrals(FakeHouseholds households) {
        this.households = households;
    }

    @Override
    public Referral refer(ReferralRequest r, WriteContext context) {
        Referral made = new Referral("f" + referrals.size(), r.householdId(),
                households.find(r.householdId()).map(h -> h.street()).orElse(null), r.resourceId(), null,
                r.dimension(), r.amount(), ReferralStatus.REFERRED, LocalDate.of(2024, 10, 1), r.note(), null, null,
                context.actor(), context.actor(), Instant.EPOCH, 1);
        referrals.add(made);
        return made;
    }

    @Override
    public Page<Referral> find(ReferralQuery q) {
        List<Referral> all = referrals.stream()
                .filter(r -> q.householdId() == null || q.householdId().equals(r.householdId()))
                .filter(r -> q.resourceId() == null || q.resourceId().equals(r.resourceId()))
                .filter(r -> q.street() == null || q.street().equals(r.street()))
                .collect(Collectors.toList());
        int from = Math.min(all.size(), q.page() * q.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + q.size())), q.page(), q.size(), all.size());
    }

    @Override
    public Referral outcome(String id, ReferralOutcomeRequest request, WriteContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Referral> get(String id) {
        return referrals.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
