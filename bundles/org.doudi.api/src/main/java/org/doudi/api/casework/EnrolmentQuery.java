package org.doudi.api.casework;

/**
 * A search of enrolments, ordered by id.
 *
 * @param householdId one household, or null
 * @param programId   one program, or null
 * @param status      one status, or null
 * @param street      one street, or null
 * @param reviewDue   true: only active enrolments whose review is due by today
 * @param page        page from 0
 * @param size        page size
 */
public record EnrolmentQuery(String householdId, String programId, EnrolmentStatus status, String street,
        boolean reviewDue, int page, int size) {
}
