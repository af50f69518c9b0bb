package org.doudi.api.security;

/**
 * An access token just issued by the {@link TokenService}; the client sends it back as
 * {@code Authorization: Bearer <accessToken>}. The server keeps only a hash of it, so it cannot be shown again.
 *
 * @param accessToken      the opaque token (base64url, no padding)
 * @param tokenType        always {@value TokenService#TOKEN_TYPE}
 * @param expiresInSeconds seconds from now until the token expires
 * @param scope            the roles of the client at issue time, separated by spaces (OAuth 2.0 scope syntax);
 *                         each request is checked against the roles the user holds at that moment
 */
public record IssuedToken(String accessToken, String tokenType, long expiresInSeconds, String scope) {

    /** Never shows the token itself (log lines, exception messages). */
    @Override
    public String toString() {
        return "IssuedToken[tokenType=" + tokenType + ", expiresInSeconds=" + expiresInSeconds + ", scope=" + scope
                + "]";
    }
}
