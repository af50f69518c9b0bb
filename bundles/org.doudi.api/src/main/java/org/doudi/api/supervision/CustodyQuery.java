package org.doudi.api.supervision;

/**
 * A listing of custody records ({@code GET /api/custody-records}).
 *
 * @param street         one street's, or all (null)
 * @param householdId    one household's, or all (null)
 * @param staffCustodian only those whose custodian is a member of staff (true), only the others (false), or all
 *                       (null)
 * @param includeEnded   also the ended ones
 * @param page           zero-based page
 * @param size           page size
 */
public record CustodyQuery(String street, String householdId, Boolean staffCustodian, boolean includeEnded, int page,
        int size) {
}
