package org.doudi.api.supervision;

/**
 * Lifts a listing before its end (信用修复): {@code POST /api/dishonesty-records/{id}/lifting}.
 *
 * @param reason why (required, at most 500 characters)
 * @param on     the day the listing ends, {@code yyyy-MM-dd}, between the decision and today (today when absent)
 */
public record DishonestyLiftRequest(String reason, String on) {
}
