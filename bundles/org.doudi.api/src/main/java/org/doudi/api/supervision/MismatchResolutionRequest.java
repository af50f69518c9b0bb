package org.doudi.api.supervision;

/**
 * A request to settle a mismatch: {@code POST /api/reconciliations/{id}/mismatches/{n}/resolution}.
 *
 * @param kind how it was settled (required)
 * @param note what was done, with the evidence (required, at most 1,000 characters)
 */
public record MismatchResolutionRequest(MismatchResolutionKind kind, String note) {
}
