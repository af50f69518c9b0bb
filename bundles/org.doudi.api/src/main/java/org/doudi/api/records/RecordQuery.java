package org.doudi.api.records;

import java.time.LocalDate;

/**
 * Filters over one program's records; null ones do not filter. Results come oldest first (by creation).
 *
 * @param kind        the kind
 * @param householdId the household
 * @param street      the street
 * @param status      the status word
 * @param key         records carrying this lookup key
 * @param eventFrom   event day on or after
 * @param eventTo     event day on or before
 * @param dueBefore   due day strictly before
 * @param page        zero-based page; page × size at most 1,000,000
 * @param size        page size, 1 to 1000
 */
public record RecordQuery(String kind, String householdId, String street, String status, String key,
        LocalDate eventFrom, LocalDate eventTo, LocalDate dueBefore, int page, int size) {

    /** Every record of {@code kind}, first page of 1000. */
    public static RecordQuery ofKind(String kind) {
        return new RecordQuery(kind, null, null, null, null, null, null, null, 0, 1000);
    }

    /** This query with another household filter. */
    public RecordQuery withHousehold(String id) {
        return new RecordQuery(kind, id, street, status, key, eventFrom, eventTo, dueBefore, page, size);
    }

    /** This query with another key filter. */
    public RecordQuery withKey(String k) {
        return new RecordQuery(kind, householdId, street, status, k, eventFrom, eventTo, dueBefore, page, size);
    }
}
