package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The follow-up review of a small grant as recorded.
 *
 * @param heldOn        the day of the review
 * @param method        democratic appraisal (民主评议) or case by case (一事一议)
 * @param outcome       confirmed, revised or revoked
 * @param note          what was said and decided
 * @param revisedAmount the amount the grant stands at, yuan, for a revised grant only
 * @param recordedBy    who recorded the review
 */
public record Review(LocalDate heldOn, ReviewMethod method, ReviewOutcome outcome, String note,
        BigDecimal revisedAmount, String recordedBy) {
}
