package org.doudi.api.needs;

import java.time.LocalDate;

/**
 * A needs assessment as submitted ({@code POST /api/needs/assessments}).
 *
 * @param householdId the household assessed
 * @param assessedOn  the day of the assessment (not in the future, not before the household's current one)
 * @param grades      the six dimensions' grades, each required
 * @param note        optional remarks (at most 1000 characters)
 */
public record NeedsAssessmentRequest(String householdId, LocalDate assessedOn, NeedsGrades grades, String note) {
}
