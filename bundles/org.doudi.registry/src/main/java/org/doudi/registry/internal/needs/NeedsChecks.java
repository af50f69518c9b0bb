package org.doudi.registry.internal.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.needs.NeedsAssessmentRequest;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.needs.VisitRequest;

/** The rules of an assessment and of a visit, each broken one a 422 naming the field and the rule. */
final class NeedsChecks {
    static final int MAX_NOTE = 1000;
    static final int MAX_ADVISOR = 100;
    static final int MAX_TEXT = 2000;
    static final int MAX_SERVICE = 200;
    static final int MAX_SERVICES = 20;
    static final long MAX_OFFSET = 1_000_000;

    private NeedsChecks() {
    }

    static void assessment(NeedsAssessmentRequest r, LocalDate today) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        text(v, "householdId", r.householdId(), 64, true);
        notFuture(v, "assessedOn", r.assessedOn(), today);
        NeedsGrades g = r.grades();
        if (g == null) {
            v.add(new FieldViolation("grades", "required", "the six dimensions' grades (HIGH, MEDIUM or LOW)"));
        } else {
            grade(v, "grades.material", g.material());
            grade(v, "grades.health", g.health());
            grade(v, "grades.education", g.education());
            grade(v, "grades.employment", g.employment());
            grade(v, "grades.socialSupport", g.socialSupport());
            grade(v, "grades.childrenYouth", g.childrenYouth());
        }
        text(v, "note", r.note(), MAX_NOTE, false);
        fail(v);
    }

    static List<String> visit(VisitRequest r, LocalDate today) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        text(v, "householdId", r.householdId(), 64, true);
        text(v, "advisor", r.advisor(), MAX_ADVISOR, true);
        notFuture(v, "visitedOn", r.visitedOn(), today);
        text(v, "findings", r.findings(), MAX_TEXT, true);
        List<String> services = new ArrayList<>();
        if (r.services() != null) {
            if (r.services().size() > MAX_SERVICES) {
                v.add(new FieldViolation("services", "size", "at most " + MAX_SERVICES + " services"));
            }
            for (int i = 0; i < r.services().size(); i++) {
                String s = r.services().get(i);
                if (blank(s)) {
                    v.add(new FieldViolation("services[" + i + "]", "required", "a service may not be empty"));
                } else if (s.strip().length() > MAX_SERVICE) {
                    v.add(new FieldViolation("services[" + i + "]", "length", "must be at most " + MAX_SERVICE
                            + " characters"));
                } else {
                    services.add(s.strip());
                }
            }
        }
        text(v, "followUp", r.followUp(), MAX_TEXT, false);
        fail(v);
        return services;
    }

    private static void grade(List<FieldViolation> v, String field, Object grade) {
        if (grade == null) {
            v.add(new FieldViolation(field, "required", "HIGH, MEDIUM or LOW"));
        }
    }

    private static void fail(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static void notFuture(List<FieldViolation> v, String field, LocalDate day, LocalDate today) {
        if (day == null) {
            v.add(new FieldViolation(field, "required", "a date yyyy-MM-dd is required"));
        } else if (day.isAfter(today)) {
            v.add(new FieldViolation(field, "notFuture", "cannot be after today (" + today + ")"));
        }
    }

    private static void text(List<FieldViolation> v, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                v.add(new FieldViolation(field, "required", "is required"));
            }
        } else if (value.strip().length() > max) {
            v.add(new FieldViolation(field, "length", "must be at most " + max + " characters"));
        }
    }

    /** A page of a list: page 0 or more, size 1 to {@code maxSize}, page × size at most {@link #MAX_OFFSET}. */
    static void page(int page, int size, int maxSize) {
        List<FieldViolation> v = new ArrayList<>();
        if (page < 0) {
            v.add(new FieldViolation("page", "range", "must be 0 or more"));
        }
        if (size < 1 || size > maxSize) {
            v.add(new FieldViolation("size", "range", "must be 1 to " + maxSize));
        } else if (page > 0 && (long) page * size > MAX_OFFSET) {
            v.add(new FieldViolation("page", "range", "page × size must be at most " + MAX_OFFSET));
        }
        fail(v);
    }

    static String stripOrNull(String s) {
        return blank(s) ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
