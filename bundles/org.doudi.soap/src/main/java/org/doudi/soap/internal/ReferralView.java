package org.doudi.soap.internal;

import org.doudi.api.resources.Referral;

/**
 * A referral as the contract shows it (no street, no staff names); a partner-only caller gets its status and dates
 * but not the outcome text staff wrote.
 */
final class ReferralView {

    private ReferralView() {
    }

    /** The referral; without the outcome text when {@code forPartner}. */
    static org.doudi.soap.internal.contract.Referral of(Referral r, boolean forPartner) {
        org.doudi.soap.internal.contract.Referral v = new org.doudi.soap.internal.contract.Referral();
        v.setReferralId(r.id());
        v.setHouseholdId(r.householdId());
        v.setResourceId(r.resourceId());
        v.setResourceName(r.resourceName());
        v.setDimension(r.dimension());
        v.setAmount(r.amount());
        v.setStatus(r.status().name());
        v.setReferredOn(XmlDates.of(r.referredOn()));
        v.setNote(r.note());
        v.setOutcome(forPartner ? null : r.outcome());
        v.setOutcomeOn(XmlDates.of(r.outcomeOn()));
        return v;
    }
}
