package org.doudi.api.supervision;

/**
 * Records the correction of a finding, which closes it:
 * {@code POST /api/file-checks/{id}/cases/{caseId}/findings/{n}/correction}.
 *
 * @param correction  what was done (required, at most 500 characters)
 * @param correctedOn the day it was done, {@code yyyy-MM-dd}, between the finding and today (today when absent)
 */
public record FileCheckCorrectionRequest(String correction, String correctedOn) {
}
