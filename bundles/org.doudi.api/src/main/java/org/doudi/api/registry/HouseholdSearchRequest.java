package org.doudi.api.registry;

/**
 * The body of {@code POST /api/households/search}: ID numbers travel in a body, never in a URL that access logs
 * keep. Null criteria do not filter.
 *
 * @param idNumber an active member's full ID number
 * @param name     the start of a member's name
 * @param street   the responsible street id
 * @param page     zero-based page (default 0)
 * @param size     page size 1-100 (default 20)
 */
public record HouseholdSearchRequest(String idNumber, String name, String street, Integer page, Integer size) {
}
