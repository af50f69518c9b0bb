package org.doudi.api.security;

import java.util.Set;

/**
 * An authenticated user of the API or console.
 *
 * @param name   the user name
 * @param roles  the roles granted by the security realm (e.g. {@code district-admin})
 * @param street the street a street-level user belongs to, or null for district-level users
 */
public record Caller(String name, Set<String> roles, String street) {

    /** True if the caller holds {@code role}. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
