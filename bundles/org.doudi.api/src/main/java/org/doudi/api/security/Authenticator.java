package org.doudi.api.security;

import java.util.Optional;

/**
 * Checks user name and password against the server's security realm (JAAS realm {@code karaf}). Verified
 * credentials are cached briefly so a salted hash is not recomputed on every request.
 */
public interface Authenticator {

    /** The caller when the credentials are valid, empty otherwise (never says which part was wrong). */
    Optional<Caller> authenticate(String user, String password);
}
