package org.doudi.api.casework;

/**
 * A request to move a case on: {@code POST /api/cases/{id}/transitions}.
 *
 * @param to           the status to move to
 * @param reason       why (required)
 * @param evidence     the evidence relied on, if any
 * @param on           the day it takes effect ({@code yyyy-MM-dd}; today when absent)
 * @param payeeAccount for {@code GRANTED}: the account to pay to, when not given at acceptance
 */
public record TransitionRequest(CaseStatus to, String reason, String evidence, String on, String payeeAccount) {
}
