package org.doudi.rest.internal;

import javax.ws.rs.ClientErrorException;
import javax.ws.rs.core.Response;

/** A 4xx raised by the API layer itself, whose message is safe to show the caller. */
public class DetailedClientError extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public DetailedClientError(int status, String message) {
        super(message, Response.status(status).build());
    }
}
