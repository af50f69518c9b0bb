package org.doudi.api.supervision;

/**
 * Records a finding on a sampled case: {@code POST /api/file-checks/{id}/cases/{caseId}/findings}.
 *
 * @param category           what kind of problem (required)
 * @param item               the check item it concerns (optional; one of the check's items)
 * @param description        what was found (required, at most 500 characters)
 * @param requiredCorrection what the street must do (required, at most 500 characters)
 * @param dueOn              the day the correction is due, {@code yyyy-MM-dd}, not before today (the configured
 *                           number of days from today when absent)
 */
public record FileCheckFindingRequest(FileCheckFindingCategory category, String item, String description,
        String requiredCorrection, String dueOn) {
}
