package org.doudi.api.program;

/**
 * A request to evaluate a stored household with a program: {@code {"householdId": "...", "asOf": "2024-10-01"}}.
 *
 * @param householdId the household
 * @param asOf        the date to evaluate as of ({@code yyyy-MM-dd}); today when absent
 */
public record EvaluationRequest(String householdId, String asOf) {
}
