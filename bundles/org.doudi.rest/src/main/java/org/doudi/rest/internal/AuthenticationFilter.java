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

/**
 * HTTP Basic against the server's JAAS realm on every resource method, except those marked {@code @PermitAll}.
 * A method with no rule at all ({@code @PermitAll}, {@code @RolesAllowed}) is refused: closed by default.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {
    static final String CHALLENGE = "Basic realm=\"doudi\", charset=\"UTF-8\"";

    private final Authenticator authenticator;

    @Context
    private ResourceInfo resource;

    AuthenticationFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
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
        String[] basic = basic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
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
        if (!allowed(method, caller.get())) {
            request.abortWith(Problem.of(403, "forbidden", "your role may not call this operation", null)
                    .toResponse());
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public java.security.Principal getUserPrincipal() {
                return caller.get();
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.get().hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
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
