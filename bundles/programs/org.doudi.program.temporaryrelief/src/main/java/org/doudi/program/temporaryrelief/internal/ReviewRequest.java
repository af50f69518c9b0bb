package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The follow-up review of a small grant, e.g.
 * {@code {"heldOn":"2024-10-15","method":"DEMOCRATIC_APPRAISAL","outcome":"CONFIRMED","note":"..."}}.
 *
 * @param heldOn        the day of the review, not before the grant day nor after today
 * @param method        how it was held
 * @param outcome       what it decided
 * @param note          what was said and decided
 * @param revisedAmount yuan, required with {@link ReviewOutcome#REVISED} and only then; at most the amount granted
 *                      (a review can only lower a grant or confirm it)
 */
public record ReviewRequest(LocalDate heldOn, ReviewMethod method, ReviewOutcome outcome, String note,
        BigDecimal revisedAmount) {
}
