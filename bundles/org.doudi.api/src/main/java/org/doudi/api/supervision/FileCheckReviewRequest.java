package org.doudi.api.supervision;

/**
 * Marks a sampled case's file as gone through (findings may still be added):
 * {@code POST /api/file-checks/{id}/cases/{caseId}/review}.
 *
 * @param note what the checker notes, e.g. "file complete" (optional, at most 500 characters)
 */
public record FileCheckReviewRequest(String note) {
}
