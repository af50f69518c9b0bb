package org.doudi.rest.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
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

    /** A month written yyyy-MM; required. */
    public static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", "must be given, a month yyyy-MM");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "type", "must be yyyy-MM");
        }
    }

    /** {@code true} or {@code false}; {@code fallback} when absent. */
    public static boolean bool(String field, String value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        switch (value.strip()) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new ValidationException(field, "type", "must be true or false");
        }
    }

    /** One of the constants of {@code type} by its exact name, or null when absent. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        throw new ValidationException(field, "oneOf", "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
