package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;

/** Collects every broken rule of a request, then refuses it with all of them at once (422). */
final class Violations {
    private final List<FieldViolation> found = new ArrayList<>();

    /** Refuses a request without a JSON body. */
    static void requireBody(Object body) {
        if (body == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
    }

    Violations add(String field, String rule, String message) {
        found.add(new FieldViolation(field, rule, message));
        return this;
    }

    boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "required", "is required");
            return false;
        }
        return true;
    }

    void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "maxLength", "must be at most " + max + " characters");
        }
    }

    void notAfter(String field, LocalDate value, LocalDate today) {
        if (value != null && value.isAfter(today)) {
            add(field, "notFuture", "must not be after today (" + today + "), was " + value);
        }
    }

    /**
     * Refuses an event date earlier than {@code days} days before today ({@code urgentEventDays} in force today),
     * rule {@code tooOld}, naming the earliest day allowed.
     */
    void notBeforeEventDays(String field, LocalDate value, LocalDate today, int days) {
        LocalDate earliest = today.minusDays(days);
        if (value != null && value.isBefore(earliest)) {
            add(field, "tooOld", "must not be before " + earliest + " (urgentEventDays: " + days
                    + " days before today, " + today + "), was " + value);
        }
    }

    /** A positive amount with at most two decimals. */
    boolean positiveYuan(String field, BigDecimal value) {
        if (!required(field, value)) {
            return false;
        }
        if (value.signum() <= 0) {
            add(field, "positive", "must be more than 0, was " + value.toPlainString());
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            add(field, "scale", "must have at most two decimals (yuan and fen), was " + value.toPlainString());
            return false;
        }
        return true;
    }

    /** Refuses the request when any rule is broken. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
