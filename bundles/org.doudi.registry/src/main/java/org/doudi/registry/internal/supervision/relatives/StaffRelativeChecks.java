package org.doudi.registry.internal.supervision.relatives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.supervision.StaffRelativeEnd;
import org.doudi.api.supervision.StaffRelativeRelation;
import org.doudi.api.supervision.StaffRelativeRequest;

/** The rules of a registration and of its end, each broken one a 422 naming the field and the rule. */
final class StaffRelativeChecks {
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 500;
    /** The user names of the realm (see the user directory). */
    static final String USER_NAME = "[a-z][a-z0-9._-]{1,63}";

    private StaffRelativeChecks() {
    }

    /** The request's ID number, normalised (upper-case X), once every field passed. */
    static String registration(StaffRelativeRequest r, LocalDate today) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (r.staff() == null || !r.staff().matches(USER_NAME)) {
            v.add(new FieldViolation("staff", "pattern", "the staff member's user name is required"));
        }
        if (r.relation() == null) {
            v.add(new FieldViolation("relation", "required", "one of " + java.util.Arrays.toString(
                    StaffRelativeRelation.values())));
        }
        text(v, "name", r.name(), MAX_NAME, true);
        text(v, "note", r.note(), MAX_TEXT, false);
        ResidentIdNumber.Result id = ResidentIdNumber.check(r.idNumber(), today);
        if (!id.valid()) {
            v.add(new FieldViolation("idNumber", id.rule(), id.message()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return id.normalized();
    }

    /** The day a registration ends: today when not given; never in the future nor before it was registered. */
    static LocalDate end(StaffRelativeEnd e, LocalDate today, LocalDate registeredOn) {
        if (e == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        text(v, "reason", e.reason(), MAX_TEXT, true);
        LocalDate on = e.endedOn() == null ? today : e.endedOn();
        if (on.isAfter(today)) {
            v.add(new FieldViolation("endedOn", "notFuture", "cannot be after today (" + today + ")"));
        } else if (on.isBefore(registeredOn)) {
            v.add(new FieldViolation("endedOn", "order", "cannot be before the registration (" + registeredOn + ")"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return on;
    }

    static void text(List<FieldViolation> v, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, "required", "is required"));
            }
        } else if (value.strip().length() > max) {
            v.add(new FieldViolation(field, "length", "must be at most " + max + " characters"));
        }
    }

    static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
