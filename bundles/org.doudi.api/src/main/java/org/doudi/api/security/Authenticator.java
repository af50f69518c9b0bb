package org.doudi.api.security;

import java.util.Optional;

/**
 * Checks user name and password against the server's security realm (JAAS realm {@code karaf}). Verified
 * credentials are cached briefly so a salted hash is not recomputed on every request; repeated failures lock
 * the user name out for a while.
 */
public interface Authenticator {

    /** The caller when the credentials are valid, empty otherwise (never says which part was wrong). */
    Optional<Caller> authenticate(String user, String password);

    /** Seconds until {@code user} may try again after too many failed logins; 0 when not locked out. */
    long lockedOutSeconds(String user);
}
