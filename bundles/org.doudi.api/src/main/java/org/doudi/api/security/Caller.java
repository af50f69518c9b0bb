package org.doudi.api.security;

import java.security.Principal;
import java.util.Set;

/**
 * An authenticated user of the API or console.
 *
 * @param name   the user name
 * @param roles  the roles granted by the security realm (e.g. {@code district-admin})
 * @param street the street a street-level user belongs to, or null for district-level users
 */
public record Caller(String name, Set<String> roles, String street) implements Principal {

    /**
     * The caller of a REST request: the server puts it as the user principal of every authenticated request, so a
     * program's resource reads it with {@code Caller.of(securityContext.getUserPrincipal())}.
     *
     * @throws IllegalStateException when the principal is not one the server authenticated
     */
    public static Caller of(Principal principal) {
        if (principal instanceof Caller c) {
            return c;
        }
        throw new IllegalStateException("request reached a resource without authentication");
    }

    @Override
    public String getName() {
        return name;
    }

    /** True if the caller holds {@code role}. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True if the caller holds any of {@code candidates}. */
    public boolean hasAnyRole(Set<String> candidates) {
        return roles.stream().anyMatch(candidates::contains);
    }

    /**
     * True for a street-level caller (street operator, advisor) without any district-level role: such a caller
     * sees and changes only records of {@link #street()} (and nothing at all without a street).
     */
    public boolean streetScoped() {
        return hasAnyRole(Roles.STREET_LEVEL) && !hasRole(Roles.DISTRICT_ADMIN) && !hasRole(Roles.DISTRICT_STAFF)
                && !hasRole(Roles.AUDITOR);
    }

    /** True if this caller may see records of {@code recordStreet}. */
    public boolean maySee(String recordStreet) {
        return !streetScoped() || (street != null && street.equals(recordStreet));
    }

    /** True if the caller's role needs full ID numbers; all others see them masked. */
    public boolean seesFullIdNumbers() {
        return hasAnyRole(Roles.FULL_ID_NUMBERS);
    }
}
