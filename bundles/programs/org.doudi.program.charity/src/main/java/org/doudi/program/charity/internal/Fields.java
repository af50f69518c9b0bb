package org.doudi.program.charity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.doudi.api.ValidationException;
import org.doudi.api.csv.CsvCells;

/** Checks of request fields, each failing with a 422 that names the field and the rule. */
final class Fields {
    private Fields() {
    }

    static void body(Object body) {
        if (body == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
    }

    /** Required text, stripped, at most {@code max} characters, not a spreadsheet formula. */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", "must be given");
        }
        return optional(field, value, max);
    }

    /** Optional text (null when blank), stripped, at most {@code max} characters, not a spreadsheet formula. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new ValidationException(field, "length", "must be at most " + max + " characters");
        }
        if (CsvCells.isFormula(v)) {
            throw new ValidationException(field, "formula", "must not start with = + - @ (a spreadsheet formula)");
        }
        return v;
    }

    /** A required day {@code yyyy-MM-dd}, not after {@code today}. */
    static LocalDate pastDate(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", "must be given, a date yyyy-MM-dd");
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "type", "must be a date yyyy-MM-dd");
        }
        if (d.isAfter(today)) {
            throw new ValidationException(field, "notInFuture", "must not be after today (" + today + ")");
        }
        return d;
    }

    /** Yuan, at least 0.01, at most two decimals; null when absent. */
    static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            throw new ValidationException(field, "positive", "must be at least 0.01");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(field, "scale", "must have at most two decimals");
        }
        return value.setScale(2);
    }

    /** {@code true} or {@code false}. */
    static boolean bool(String field, String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw new ValidationException(field, "type", "must be true or false");
    }
}
