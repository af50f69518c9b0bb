package org.doudi.rest.internal;

import javax.ws.rs.core.SecurityContext;
import org.doudi.api.security.Caller;

/** The authenticated caller behind a request: the {@link Caller} is the JAX-RS security context's principal. */
public final class CallerPrincipal {

    private CallerPrincipal() {
    }

    /** The caller behind a request's security context (authentication ran before any resource method). */
    public static Caller of(SecurityContext context) {
        return Caller.of(context == null ? null : context.getUserPrincipal());
    }
}
