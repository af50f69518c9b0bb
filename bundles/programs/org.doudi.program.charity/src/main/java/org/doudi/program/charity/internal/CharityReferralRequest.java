package org.doudi.program.charity.internal;

import java.math.BigDecimal;

/**
 * A referral of a household to a charity project: {@code POST /api/programs/charity/referrals}.
 *
 * @param householdId the household, required
 * @param projectId   the charity project, required
 * @param dimension   the need answered, a {@code NeedsGrades} dimension name (e.g. {@code health}), or null
 * @param amount      yuan to hold from a budgeted project (required there), or null
 * @param note        why, at most 500 characters, or null
 */
public record CharityReferralRequest(String householdId, String projectId, String dimension, BigDecimal amount,
        String note) {
}
