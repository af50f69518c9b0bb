package org.doudi.api.security;

import org.doudi.api.DoudiException;

/**
 * The {@link TokenService} refused to issue a token. The {@link #type()} is the OAuth 2.0 error code
 * (RFC 6749 §5.2) the token endpoint answers with; the message never says whether the id or the secret was wrong.
 */
public class TokenRefusedException extends DoudiException {
    private static final long serialVersionUID = 1L;

    /** OAuth 2.0 error: the client could not be authenticated (unknown id, wrong secret, or locked out). */
    public static final String INVALID_CLIENT = "invalid_client";
    /** OAuth 2.0 error: the client authenticated, but its role may not obtain tokens. */
    public static final String UNAUTHORIZED_CLIENT = "unauthorized_client";

    private final long retryAfterSeconds;

    private TokenRefusedException(int status, String type, String message, long retryAfterSeconds) {
        super(status, type, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Wrong client id or secret (401, {@value #INVALID_CLIENT}). */
    public static TokenRefusedException invalidClient() {
        return new TokenRefusedException(401, INVALID_CLIENT, "client authentication failed", 0);
    }

    /** Too many failed attempts for this client id (429, {@value #INVALID_CLIENT}); it may try again later. */
    public static TokenRefusedException lockedOut(long seconds) {
        return new TokenRefusedException(429, INVALID_CLIENT, "too many failed attempts for this client: try again in "
                + seconds + " s", seconds);
    }

    /** The client's role may not obtain tokens (400, {@value #UNAUTHORIZED_CLIENT}). */
    public static TokenRefusedException unauthorizedClient() {
        return new TokenRefusedException(400, UNAUTHORIZED_CLIENT, "this client may not obtain access tokens", 0);
    }

    /** Seconds until the client may try again; 0 unless locked out. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
