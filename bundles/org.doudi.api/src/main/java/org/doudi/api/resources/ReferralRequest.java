package org.doudi.api.resources;

import java.math.BigDecimal;

/**
 * A referral to make: {@code POST /api/referrals}.
 *
 * @param householdId required
 * @param resourceId  required; the resource must be active, valid on {@code referredOn} and serve the household's
 *                    street
 * @param dimension   the need answered, a {@code NeedsGrades} dimension name, or null
 * @param amount      yuan to hold from a budgeted resource (required there, at least 0.01, two decimals at most);
 *                    must be absent for a resource without a budget
 * @param referredOn  {@code yyyy-MM-dd}, not in the future; today when absent
 * @param note        at most 500 characters, or null
 */
public record ReferralRequest(String householdId, String resourceId, String dimension, BigDecimal amount,
        String referredOn, String note) {
}
