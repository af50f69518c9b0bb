package org.doudi.api.security;

/** Role names of the security realm. */
public final class Roles {
    /** District civil-affairs administrator: everything. */
    public static final String DISTRICT_ADMIN = "district-admin";

    private Roles() {
    }
}
