package org.doudi.registry.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;

/** Collects the rules a request breaks, each with the field's JSON path. */
final class Violations {
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final List<FieldViolation> list = new ArrayList<>();

    void add(String field, String rule, String message) {
        list.add(new FieldViolation(field, rule, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationException(list);
        }
    }

    /** A required, non-blank text of at most {@code max} characters, without control characters. */
    void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "required", "is required");
            }
            return;
        }
        if (value.length() > max) {
            add(field, "maxLength", "must be at most " + max + " characters, was " + value.length());
        }
        if (value.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            add(field, "noControlCharacters", "must not contain control characters");
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, "required", "is required");
        }
    }

    /** A money amount: required, not negative, at most two decimals, below a trillion yuan. */
    void amount(String field, BigDecimal value) {
        if (value == null) {
            add(field, "required", "is required");
        } else if (value.signum() < 0) {
            add(field, "min", "must not be negative, was " + value.toPlainString());
        } else if (value.stripTrailingZeros().scale() > 2) {
            add(field, "scale", "must have at most two decimals (yuan and fen), was " + value.toPlainString());
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            add(field, "max", "must be at most " + MAX_AMOUNT.toPlainString());
        }
    }
}
