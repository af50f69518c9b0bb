package org.doudi.api.casework;

/**
 * The outcome of a review or reconsideration, recorded once: {@code POST /api/cases/{id}/appeals/{n}/outcome}.
 *
 * @param outcome   {@code UPHELD}, {@code OVERTURNED} or {@code WITHDRAWN} (required)
 * @param decidedOn the day of the outcome ({@code yyyy-MM-dd}; today when absent): not before the filing, not after
 *                  today
 * @param reason    why (required, at most 500 characters)
 */
public record AppealOutcomeRequest(AppealOutcome outcome, String decidedOn, String reason) {
}
