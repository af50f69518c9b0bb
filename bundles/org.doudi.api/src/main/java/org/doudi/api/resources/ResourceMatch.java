package org.doudi.api.resources;

import org.doudi.api.needs.Grade;

/**
 * A resource that answers one of a household's assessed needs: {@code GET /api/needs/{householdId}/matches}.
 *
 * @param dimension the needs dimension, by its name in {@code NeedsGrades} (e.g. {@code health})
 * @param grade     the household's grade on it (HIGH first, then MEDIUM)
 * @param resource  the resource, available today, serving the household's street
 */
public record ResourceMatch(String dimension, Grade grade, AssistanceResource resource) {
}
