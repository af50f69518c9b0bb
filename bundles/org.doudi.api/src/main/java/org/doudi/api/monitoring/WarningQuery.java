package org.doudi.api.monitoring;

/**
 * A listing of warnings, oldest open first.
 *
 * @param street      only this street, or null
 * @param type        only this type, or null
 * @param status      only this status, or null
 * @param householdId only this household, or null
 * @param page        zero-based page
 * @param size        page size
 */
public record WarningQuery(String street, FeedType type, WarningStatus status, String householdId, int page,
        int size) {
}
