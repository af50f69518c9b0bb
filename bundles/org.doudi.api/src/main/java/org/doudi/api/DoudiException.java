package org.doudi.api;

/**
 * Base of the business exceptions services throw. Each carries the HTTP-like status the REST layer answers
 * with, and a stable problem type, so every caller (REST, SOAP, console) reports the same thing.
 */
public class DoudiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;

    public DoudiException(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    /** The HTTP status that fits this failure (404, 409, 412, 422 ...). */
    public int status() {
        return status;
    }

    /** A short stable problem type, e.g. {@code not-found}; the REST layer turns it into a problem URI. */
    public String type() {
        return type;
    }

    /** The requested record does not exist, or the caller may not know that it exists. */
    public static DoudiException notFound(String what) {
        return new DoudiException(404, "not-found", what + " not found");
    }

    /** The request conflicts with the current state of a record. */
    public static DoudiException conflict(String message) {
        return new DoudiException(409, "conflict", message);
    }

    /** The caller's copy is stale: the record changed since the version it names. */
    public static DoudiException stale(String what, long expected, long actual) {
        return new DoudiException(412, "stale-version",
                what + " is at version " + actual + ", the request was based on version " + expected
                        + "; read it again and reapply the change");
    }
}
