package org.doudi.rest.internal;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.annotation.Priority;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.security.Authenticator;
import org.doudi.api.security.Caller;
import org.doudi.api.security.TokenService;

/**
 * HTTP Basic against the server's JAAS realm, or a bearer token from the token endpoint
 * ({@code POST /api/dci/oauth2/client/token}, RFC 6750), on every resource method except those marked
 * {@code @PermitAll}. Both give the same caller with the same roles, checked the same way afterwards. A method with
 * no rule at all ({@code @PermitAll}, {@code @RolesAllowed}) is refused: closed by default.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {
    static final String CHALLENGE = "Basic realm=\"doudi\", charset=\"UTF-8\"";
    /** The answer to a bearer token that is unknown, forged, expired or revoked (RFC 6750 §3.1). */
    static final String INVALID_TOKEN = "Bearer realm=\"doudi\", error=\"invalid_token\", "
            + "error_description=\"the access token is invalid or expired\"";
    static final String BEARER_SCHEME = "Bearer";

    private final Authenticator authenticator;
    private final TokenService tokens;

    @Context
    private ResourceInfo resource;

    AuthenticationFilter(Authenticator authenticator, TokenService tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = bearer(authorization);
        if (token != null) {
            Optional<Caller> caller = tokens.verify(token);
            if (caller.isEmpty()) {
                request.abortWith(Response.fromResponse(Problem.of(401, "invalid-token", "the access token is invalid "
                        + "or expired: get a new one from POST /api/dci/oauth2/client/token", null).toResponse())
                        .header(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN).build());
                return;
            }
            admit(request, method, caller.get(), BEARER_SCHEME);
            return;
        }
        String[] basic = basic(authorization);
        long locked = basic == null ? 0 : authenticator.lockedOutSeconds(basic[0]);
        if (locked > 0) {
            request.abortWith(Response.fromResponse(Problem.of(429, "login-locked", "too many failed logins for this "
                    + "user: try again in " + locked + " s", null).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(locked)).build());
            return;
        }
        Optional<Caller> caller = basic == null ? Optional.empty() : authenticator.authenticate(basic[0], basic[1]);
        if (caller.isEmpty()) {
            request.abortWith(Response.fromResponse(Problem.of(401, "unauthenticated",
                    "authentication required: HTTP Basic with a Doudi user", null).toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
            return;
        }
        admit(request, method, caller.get(), SecurityContext.BASIC_AUTH);
    }

    /** Lets an authenticated caller through if its roles allow the method, as the request's principal. */
    private static void admit(ContainerRequestContext request, Method method, Caller caller, String scheme) {
        if (!allowed(method, caller)) {
            request.abortWith(Problem.of(403, "forbidden", "your role may not call this operation", null)
                    .toResponse());
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public java.security.Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return scheme;
            }
        });
    }

    /** A method needs an explicit rule; {@code @RolesAllowed} on the method wins over the class. */
    static boolean allowed(Method method, Caller caller) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        RolesAllowed rule = method.getAnnotation(RolesAllowed.class);
        if (rule == null) {
            rule = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (rule == null) {
            return false;
        }
        for (String role : rule.value()) {
            if (caller.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The token of a Bearer header (RFC 6750 §2.1), or null when the header is absent or of another scheme. */
    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.length() > 1024 ? "" : header.substring(7).strip();
    }

    /** User and password of a Basic header, or null. */
    static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 1024) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
