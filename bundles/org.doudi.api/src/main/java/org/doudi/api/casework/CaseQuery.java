package org.doudi.api.casework;

/**
 * A search of cases, ordered by deadline then id.
 *
 * @param street    one street, or null for all
 * @param status    one status, or null for all
 * @param overdue   true: only cases awaiting a decision whose deadline has passed
 * @param programId one program, or null for all
 * @param page      page number from 0
 * @param size      page size
 */
public record CaseQuery(String street, CaseStatus status, boolean overdue, String programId, int page, int size) {
}
