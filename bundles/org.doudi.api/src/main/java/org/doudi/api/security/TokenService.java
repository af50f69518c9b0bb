package org.doudi.api.security;

import java.util.Optional;

/**
 * Bearer access tokens for the API, issued with the OAuth 2.0 client-credentials grant (RFC 6749 §4.4) as the DCI
 * authorization API describes it ({@code POST /oauth2/client/token}). The client id and secret are a user name and
 * password of the server's JAAS realm, checked by the {@link Authenticator} like HTTP Basic, with the same lockout
 * after repeated failures. A token stands for its user: every request made with it gets the user's roles and street
 * as they are at that moment, so disabling a user or taking a role away takes effect at once.
 * <p>
 * Tokens are opaque random strings kept only in the server's memory (as hashes): a restart invalidates all of them,
 * and clients simply ask for a new one.
 */
public interface TokenService {

    /** The {@code token_type} of every issued token (RFC 6750). */
    String TOKEN_TYPE = "Bearer";

    /**
     * Issues a new access token to a client that proves its identity with its id and secret.
     *
     * @param clientId     the user name of the client (e.g. a partner department's account)
     * @param clientSecret its password
     * @return the token, its type and lifetime, and the roles it carries as its scope
     * @throws TokenRefusedException when the credentials are wrong (never saying which part), the user name is
     *         locked out after too many failures, or the user may not obtain tokens
     */
    IssuedToken issue(String clientId, String clientSecret);

    /**
     * The caller a bearer token stands for, with the user's roles and street as of now.
     *
     * @param bearerToken the token as sent in {@code Authorization: Bearer <token>}
     * @return empty when the token is unknown, forged, expired or revoked, or when its user no longer exists,
     *         is disabled or may no longer obtain tokens
     */
    Optional<Caller> verify(String bearerToken);
}
