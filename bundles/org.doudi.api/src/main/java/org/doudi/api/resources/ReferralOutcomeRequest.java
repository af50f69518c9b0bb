package org.doudi.api.resources;

/**
 * A change of a referral's status: {@code POST /api/referrals/{id}/outcome}.
 *
 * @param status  ACCEPTED, DELIVERED, DECLINED or WITHDRAWN (see {@link ReferralStatus} for the allowed moves)
 * @param outcome what happened, required, at most 1000 characters
 * @param on      {@code yyyy-MM-dd}, not before the referral nor in the future; today when absent
 */
public record ReferralOutcomeRequest(String status, String outcome, String on) {
}
