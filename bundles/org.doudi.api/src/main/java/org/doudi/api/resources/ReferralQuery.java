package org.doudi.api.resources;

/**
 * Filters of the referral list; null ones do not filter. Newest first.
 *
 * @param householdId the household
 * @param resourceId  the resource
 * @param street      the household's street
 * @param status      the status
 * @param page        zero-based page
 * @param size        page size, 1 to 200
 */
public record ReferralQuery(String householdId, String resourceId, String street, ReferralStatus status, int page,
        int size) {
}
