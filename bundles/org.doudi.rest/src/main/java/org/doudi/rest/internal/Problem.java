package org.doudi.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.doudi.api.FieldViolation;

/**
 * An RFC 7807 problem body: {@code type}, {@code title}, {@code status}, {@code detail}, and for bad input
 * the broken rules ({@code errors}, each with field, rule and message).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldViolation> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** A problem of {@code type} (a short code) with the status's reason phrase as title. */
    public static Problem of(int status, String type, String detail, List<FieldViolation> errors) {
        Response.Status s = Response.Status.fromStatusCode(status);
        String title = s != null ? s.getReasonPhrase() : titleFor(status);
        return new Problem("urn:doudi:problem:" + type, title, status, detail, errors == null || errors.isEmpty()
                ? null : errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    private static String titleFor(int status) {
        switch (status) {
            case 413: return "Payload Too Large";
            case 422: return "Unprocessable Entity";
            case 428: return "Precondition Required";
            case 429: return "Too Many Requests";
            default: return "Error";
        }
    }
}
