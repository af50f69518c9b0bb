package org.doudi.api.security;

import java.util.List;

/**
 * The server's users (JAAS realm {@code karaf}, stored in {@code etc/users.properties} with salted password
 * hashes). Every change is logged with the acting user.
 */
public interface UserDirectory {

    /**
     * A user as listed.
     *
     * @param name     user name
     * @param role     the Doudi role (one of {@link Roles#ALL}), or null
     * @param street   the street of a street-level user, or null
     * @param disabled true once disabled
     */
    record UserInfo(String name, String role, String street, boolean disabled) {
    }

    /**
     * Creates a user with one Doudi role; street-level roles need a street.
     *
     * @throws org.doudi.api.ValidationException for an unknown role or street, a missing street, a weak
     *         password, or an existing user
     */
    void add(String user, String password, String role, String street, String actor);

    /** All users, sorted by name (no passwords). */
    List<UserInfo> list();

    /** Takes every role away and replaces the password with a random one; the name stays, marked disabled. */
    void disable(String user, String actor);

    /** Sets a new password (the roles stay). */
    void changePassword(String user, String password, String actor);
}
