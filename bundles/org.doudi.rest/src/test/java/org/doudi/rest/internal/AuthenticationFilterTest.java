package org.doudi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.security.Authenticator;
import org.doudi.api.security.Caller;
import org.doudi.api.security.IssuedToken;
import org.doudi.api.security.Roles;
import org.doudi.api.security.TokenService;
import org.junit.Test;

/** Bearer tokens and HTTP Basic lead to the same caller and the same role checks. */
public class AuthenticationFilterTest {
    private static final String TOKEN = "k3Hq0bC5a1xY7Zr9Wm2Vn4Lp6Ts8Ud0Ef2Gh4Ij6Kl8";
    private static final Caller PARTNER = new Caller("hr-bureau", Set.of(Roles.PARTNER), null);

    /** Resource methods with rules. */
    public static final class Rules {
        @RolesAllowed(Roles.PARTNER)
        public void forPartners() {
        }

        @RolesAllowed(Roles.DISTRICT_ADMIN)
        public void forAdmins() {
        }
    }

    private static final Authenticator BASIC = new Authenticator() {
        @Override
        public Optional<Caller> authenticate(String user, String password) {
            return "hr-bureau".equals(user) && "Secret-pass-2024".equals(password) ? Optional.of(PARTNER)
                    : Optional.empty();
        }

        @Override
        public long lockedOutSeconds(String user) {
            return 0;
        }
    };

    private static final TokenService TOKENS = new TokenService() {
        @Override
        public IssuedToken issue(String clientId, String clientSecret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Caller> verify(String bearerToken) {
            return TOKEN.equals(bearerToken) ? Optional.of(PARTNER) : Optional.empty();
        }
    };

    /** What the filter did with one request. */
    private static final class Outcome {
        Response aborted;
        SecurityContext context;
    }

    private static Outcome filter(String methodName, String authorization) throws Exception {
        AuthenticationFilter filter = new AuthenticationFilter(BASIC, TOKENS);
        Method method = Rules.class.getMethod(methodName);
        Field resource = AuthenticationFilter.class.getDeclaredField("resource");
        resource.setAccessible(true);
        resource.set(filter, proxy(ResourceInfo.class, (p, m, a) -> "getResourceMethod".equals(m.getName()) ? method
                : null));
        Outcome outcome = new Outcome();
        filter.filter(proxy(ContainerRequestContext.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getHeaderString":
                    return HttpHeaders.AUTHORIZATION.equals(a[0]) ? authorization : null;
                case "abortWith":
                    outcome.aborted = (Response) a[0];
                    return null;
                case "setSecurityContext":
                    outcome.context = (SecurityContext) a[0];
                    return null;
                default:
                    return null;
            }
        }));
        return outcome;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void aValidBearerTokenAdmitsItsUserWithItsRoles() throws Exception {
        Outcome ok = filter("forPartners", "Bearer " + TOKEN);
        assertNull(ok.aborted);
        assertEquals(PARTNER, ok.context.getUserPrincipal());
        assertEquals("Bearer", ok.context.getAuthenticationScheme());
        assertNull("the scheme name is case-insensitive", filter("forPartners", "bearer " + TOKEN).aborted);
        assertEquals("the same role check as for Basic", 403, filter("forAdmins", "Bearer " + TOKEN).aborted
                .getStatus());
    }

    @Test
    public void aBadOrExpiredTokenIsA401WithTheBearerChallenge() throws Exception {
        for (String header : new String[] {"Bearer not-a-token", "Bearer ", "Bearer " + TOKEN + "x"}) {
            Response refused = filter("forPartners", header).aborted;
            assertEquals(header, 401, refused.getStatus());
            assertEquals(AuthenticationFilter.INVALID_TOKEN, refused.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
            assertEquals("Bearer realm=\"doudi\", error=\"invalid_token\", error_description=\"the access token is "
                    + "invalid or expired\"", refused.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        }
    }

    @Test
    public void basicWorksAsBefore() throws Exception {
        Outcome ok = filter("forPartners", basic("hr-bureau", "Secret-pass-2024"));
        assertNull(ok.aborted);
        assertEquals(SecurityContext.BASIC_AUTH, ok.context.getAuthenticationScheme());
        assertEquals(403, filter("forAdmins", basic("hr-bureau", "Secret-pass-2024")).aborted.getStatus());
        for (String header : new String[] {null, basic("hr-bureau", "wrong"), "Digest x"}) {
            Response refused = filter("forPartners", header).aborted;
            assertEquals(401, refused.getStatus());
            assertEquals(AuthenticationFilter.CHALLENGE, refused.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        }
    }
}
