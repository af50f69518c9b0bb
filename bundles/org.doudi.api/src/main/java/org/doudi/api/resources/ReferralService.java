package org.doudi.api.resources;

import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * Referrals to resources, tracked to their outcome. Making a referral takes a place of the resource (and its
 * amount) in the same transaction, refused with a 409 naming what is left when none is; declining or withdrawing
 * gives it back. Every write is audited in its transaction; street scoping is the caller's concern.
 */
public interface ReferralService {

    /**
     * @throws org.doudi.api.ValidationException for a missing or invalid field
     * Refers a household to a resource. This applies the core's rules only (capacity, budget, validity, street); a
     * program managing the resource calls it after applying its own rules, and the REST layer refuses referrals to
     * program-managed resources at {@code /api/referrals} (409).
     *
     * @throws org.doudi.api.DoudiException 404 unknown household or resource; 409 resource closed, full, out of
     *         budget, or not serving the household's street
     */
    Referral refer(ReferralRequest request, WriteContext context);

    /**
     * Records an outcome (see {@link ReferralStatus} for the moves); the whole outcome text is kept in the audit
     * entry's payload.
     *
     * @throws org.doudi.api.ValidationException {@code on} before the referral or before its latest outcome
     * @throws org.doudi.api.DoudiException 404 unknown; 409 a move the status does not allow
     */
    Referral outcome(String id, ReferralOutcomeRequest request, WriteContext context);

    Optional<Referral> get(String id);

    /** The referrals matching the query, by the day referred (the newest first), then by id. */
    Page<Referral> find(ReferralQuery query);
}
