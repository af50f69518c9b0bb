package org.doudi.api.registry;

/**
 * Search criteria for households; null criteria do not filter.
 *
 * @param street   the responsible street id
 * @param idNumber an active member's full ID number
 * @param name     the start of a member's name
 * @param page     zero-based page
 * @param size     page size (1–100)
 */
public record HouseholdQuery(String street, String idNumber, String name, int page, int size) {
}
