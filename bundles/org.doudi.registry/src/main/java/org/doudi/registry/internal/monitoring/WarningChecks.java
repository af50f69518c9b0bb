package org.doudi.registry.internal.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import org.doudi.api.ValidationException;
import org.doudi.registry.internal.entity.EnrolmentEntity;

/** Field rules of the workflow steps' bodies: each broken one is a 422 naming the field. */
final class WarningChecks {
    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_SERVICES = 500;

    private WarningChecks() {
    }

    static void body(Object body) {
        if (body == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
    }

    static String required(String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", what);
        }
        return length(field, value, max).strip();
    }

    static String length(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new ValidationException(field, "length", "must be at most " + max + " characters");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The day given, or today; never after today. */
    static LocalDate notFuture(String field, LocalDate day, LocalDate today) {
        LocalDate d = day == null ? today : day;
        if (d.isAfter(today)) {
            throw new ValidationException(field, "notFuture", "cannot be after today (" + today + ")");
        }
        return d;
    }

    /** An explicit termination day may not precede an enrolment's current status. */
    static void notBefore(Collection<EnrolmentEntity> enrolments, LocalDate effective, boolean explicit) {
        for (EnrolmentEntity e : enrolments) {
            if (explicit && effective.isBefore(e.getStatusSince())) {
                throw new ValidationException("effectiveOn", "order", "enrolment " + e.getId() + " is "
                        + e.getStatus() + " since " + e.getStatusSince() + "; the termination cannot be earlier");
            }
        }
    }
}
