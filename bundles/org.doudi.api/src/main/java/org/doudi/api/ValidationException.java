package org.doudi.api;

import java.util.List;

/** Input broke one or more rules; nothing was written. Answered as 422 with every violation listed. */
public class ValidationException extends DoudiException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(422, "validation", summary(violations));
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String rule, String message) {
        this(List.of(new FieldViolation(field, rule, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summary(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            return "invalid request";
        }
        FieldViolation first = violations.get(0);
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }
}
