package org.doudi.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.doudi.api.ValidationException;

/** Reading request values with a 422 that names the field and the rule when one is wrong. */
public final class RequestValues {

    private RequestValues() {
    }

    /** Fails when the JSON body is missing. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
    }

    /** {@code v}, when it lies in [min, max]. */
    public static int range(String field, int v, int min, int max) {
        if (v < min || v > max) {
            throw new ValidationException(field, "range", "must be " + min + " to " + max + ", was " + v);
        }
        return v;
    }

    /** A whole number in [min, max]. */
    public static int integer(String field, String value, int min, int max) {
        try {
            return range(field, Integer.parseInt(value.strip()), min, max);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "type", "must be a whole number");
        }
    }

    /** A date written yyyy-MM-dd. */
    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "type", "must be a date yyyy-MM-dd");
        }
    }
}
