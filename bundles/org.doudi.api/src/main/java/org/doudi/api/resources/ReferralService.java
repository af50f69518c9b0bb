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
     * @throws org.doudi.api.DoudiException 404 unknown household or resource; 409 resource closed, full, out of
     *         budget, or not serving the household's street
     */
    Referral refer(ReferralRequest request, WriteContext context);

    /**
     * @throws org.doudi.api.DoudiException 404 unknown; 409 a move the status does not allow
     */
    Referral outcome(String id, ReferralOutcomeRequest request, WriteContext context);

    Optional<Referral> get(String id);

    Page<Referral> find(ReferralQuery query);
}
