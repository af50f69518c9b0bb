package org.doudi.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.doudi.api.DoudiException;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes a problem JSON: business exceptions keep their status, bad JSON is a 400 naming the
 * field, JAX-RS errors keep theirs, and anything unexpected is a 500 with an incident id only (the stack
 * trace goes to the log, never to the caller).
 */
final class ProblemMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static List<Object> all() {
        return List.of(new Business(), new Json(), new WebApp(), new Unexpected());
    }

    /**
     * {@link DoudiException} and its validation subtype, with their own status, 5xx included (503 {@code busy}: the
     * records were locked by concurrent work, try again; answered with {@code Retry-After}).
     */
    static final class Business implements ExceptionMapper<DoudiException> {
        static final String BUSY = "busy";
        static final int RETRY_AFTER_SECONDS = 1;

        @Override
        public Response toResponse(DoudiException e) {
            List<FieldViolation> errors = e instanceof ValidationException ? ((ValidationException) e).violations() : null;
            Response response = Problem.of(e.status(), e.type(), e.getMessage(), errors).toResponse();
            if (e.status() == 503 && BUSY.equals(e.type())) {
                return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            return response;
        }
    }

    /** Malformed or mistyped JSON. */
    static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof DetailedClientError) {
                    return new WebApp().toResponse((DetailedClientError) c);
                }
            }
            return describe(e).toResponse();
        }
    }

    static Problem describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return Problem.of(400, "json-limits", "the JSON exceeds a limit (nesting deeper than "
                    + JsonMapper.MAX_DEPTH + ", or a number or text too long)", null);
        }
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            String field = path(u);
            return fieldProblem(field, "unknownField", "is not a field of this resource");
        }
        if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            return fieldProblem(path(f), "type", "must be " + expected(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String field = path(m);
            if (field.isEmpty()) {
                return Problem.of(400, "malformed-json", "the request body must be a JSON "
                        + expected(m.getTargetType()), null);
            }
            return fieldProblem(field, "type", "must be " + expected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            return fieldProblem(path((JsonMappingException) e), "invalid", "has an invalid value");
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return Problem.of(400, "malformed-json", "the request body is not well-formed JSON" + where, null);
    }

    private static Problem fieldProblem(String field, String rule, String message) {
        String name = field.isEmpty() ? "(body)" : field;
        return Problem.of(400, "bad-json-field", name + ": " + message,
                List.of(new FieldViolation(name, rule, message)));
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName().length() > 64 ? r.getFieldName().substring(0, 64) + "…" : r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            StringBuilder sb = new StringBuilder("one of ");
            Object[] values = type.getEnumConstants();
            for (int i = 0; i < values.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(values[i]);
            }
            return sb.toString();
        }
        switch (type.getSimpleName()) {
            case "BigDecimal": return "a number (yuan, two decimals)";
            case "Integer": case "int": case "Long": case "long": return "a whole number";
            case "Boolean": case "boolean": return "true or false";
            case "LocalDate": return "a date yyyy-MM-dd";
            case "String": return "a string";
            case "List": return "an array";
            default: return "an object (" + type.getSimpleName() + ")";
        }
    }

    /** JAX-RS' own errors: unknown path (404), wrong method (405), media types (406, 415), and ours (413). */
    static final class WebApp implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (e.getCause() instanceof JsonProcessingException) {
                return describe((JsonProcessingException) e.getCause()).toResponse();
            }
            if (status >= 500) {
                return new Unexpected().toResponse(e);
            }
            String detail = e instanceof DetailedClientError ? e.getMessage() : defaultDetail(status);
            Response response = Problem.of(status, "http-" + status, detail, null).toResponse();
            if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
                return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
            }
            return response;
        }

        private static String defaultDetail(int status) {
            switch (status) {
                case 400: return "the request is malformed";
                case 401: return "authentication required";
                case 404: return "no such resource";
                case 405: return "this method is not allowed on this resource";
                case 406: return "the server cannot produce the requested media type; ask for application/json";
                case 415: return "unsupported media type; send application/json";
                default: return "request refused";
            }
        }
    }

    /** Anything else: logged with an incident id, answered without details. */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof DoudiException) {
                return new Business().toResponse((DoudiException) e);
            }
            if (e instanceof JsonProcessingException) {
                return new Json().toResponse((JsonProcessingException) e);
            }
            String incident = UUID.randomUUID().toString();
            LOG.error("Incident {}: unexpected failure", incident, e);
            return Problem.of(500, "internal", "an unexpected error occurred; incident " + incident
                    + " is in the server log", null).toResponse();
        }
    }
}
