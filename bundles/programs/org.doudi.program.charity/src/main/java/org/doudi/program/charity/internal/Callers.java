package org.doudi.program.charity.internal;

import javax.ws.rs.core.SecurityContext;
import org.doudi.api.WriteContext;
import org.doudi.api.security.Caller;

/** The authenticated caller of a request, and the write context of their writes. */
final class Callers {
    private Callers() {
    }

    static Caller of(SecurityContext security) {
        return Caller.of(security.getUserPrincipal());
    }

    static WriteContext write(Caller caller) {
        return WriteContext.of(caller.name(), null);
    }
}
