package org.doudi.rest.internal;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.security.Caller;

/** The authenticated caller as the JAX-RS security context's principal. */
public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.name();
    }

    /** The caller behind a request's security context (authentication ran before any resource method). */
    public static Caller of(SecurityContext context) {
        Principal p = context == null ? null : context.getUserPrincipal();
        if (p instanceof CallerPrincipal) {
            return ((CallerPrincipal) p).caller();
        }
        throw new IllegalStateException("request reached a resource without authentication");
    }
}
