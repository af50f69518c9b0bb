package org.doudi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import org.doudi.api.security.Caller;
import org.doudi.api.security.IssuedToken;
import org.doudi.api.security.TokenRefusedException;
import org.doudi.api.security.TokenService;
import org.junit.Test;

/** The token endpoint's answers in the shapes of the DCI authz spec and RFC 6749. */
public class TokenResourceTest {

    private static TokenResource resource() throws Exception {
        TokenResource r = new TokenResource();
        Field f = TokenResource.class.getDeclaredField("tokens");
        f.setAccessible(true);
        f.set(r, new TokenService() {
            @Override
            public IssuedToken issue(String clientId, String clientSecret) {
                if ("locked".equals(clientId)) {
                    throw TokenRefusedException.lockedOut(120);
                }
                if (!"Partner-secret-2024".equals(clientSecret)) {
                    throw TokenRefusedException.invalidClient();
                }
                return new IssuedToken("tok", "Bearer", 3600, "partner");
            }

            @Override
            public Optional<Caller> verify(String bearerToken) {
                return Optional.empty();
            }
        });
        return r;
    }

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static HttpHeaders headers(String authorization) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (p, m, a) -> "getHeaderString".equals(m.getName()) && HttpHeaders.AUTHORIZATION.equals(a[0])
                        ? authorization : null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response r) {
        return (Map<String, Object>) r.getEntity();
    }

    @Test
    public void clientCredentialsGiveTheSpecsTokenResponse() throws Exception {
        Response r = resource().token(form("grant_type", "client_credentials", "client_id", "hr-bureau",
                "client_secret", "Partner-secret-2024"), headers(null));
        assertEquals(200, r.getStatus());
        assertEquals(Map.of("access_token", "tok", "token_type", "Bearer", "expires_in", "3600", "scope", "partner"),
                body(r));
        assertTrue(r.getHeaderString(HttpHeaders.CACHE_CONTROL).contains("no-store"));
        assertEquals("no-cache", r.getHeaderString("Pragma"));
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("hr-bureau:Partner-secret-2024"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("client_secret_basic", 200, resource().token(form("grant_type", "client_credentials"),
                headers(basic)).getStatus());
    }

    @Test
    public void aWrongSecretIsInvalidClientInBothErrorShapes() throws Exception {
        Response r = resource().token(form("grant_type", "client_credentials", "client_id", "hr-bureau",
                "client_secret", "wrong"), headers(null));
        assertEquals(401, r.getStatus());
        assertEquals("invalid_client", body(r).get("error"));
        assertEquals(List.of(Map.of("code", "invalid_client", "message", "client authentication failed")),
                body(r).get("errors"));
        assertEquals(AuthenticationFilter.CHALLENGE, r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    public void aLockedOutClientIsToldWhenToRetry() throws Exception {
        Response r = resource().token(form("grant_type", "client_credentials", "client_id", "locked",
                "client_secret", "Partner-secret-2024"), headers(null));
        assertEquals(429, r.getStatus());
        assertEquals("120", r.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals("invalid_client", body(r).get("error"));
    }

    @Test
    public void malformedRequestsAreInvalidRequestOrUnsupportedGrantType() throws Exception {
        assertError("unsupported_grant_type", form("grant_type", "password", "client_id", "a", "client_secret", "b"));
        assertError("invalid_request", form("client_id", "a", "client_secret", "b"));
        assertError("invalid_request", form("grant_type", "client_credentials", "client_id", "a"));
        assertError("invalid_request", form("grant_type", "client_credentials", "client_id", "a", "client_id", "b",
                "client_secret", "c"));
    }

    private static void assertError(String error, MultivaluedMap<String, String> form) throws Exception {
        Response r = resource().token(form, headers(null));
        assertEquals(form.toString(), 400, r.getStatus());
        assertEquals(form.toString(), error, body(r).get("error"));
    }
}
