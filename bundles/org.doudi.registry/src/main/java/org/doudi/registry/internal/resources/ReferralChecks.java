package org.doudi.registry.internal.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.resources.ReferralOutcomeRequest;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ReferralStatus;

/** The rules of a referral and of its outcome, each broken one a 422 naming the field and the rule. */
final class ReferralChecks {
    static final int MAX_NOTE = 500;
    static final int MAX_OUTCOME = 1000;
    static final Set<String> DIMENSIONS = Set.of("material", "health", "education", "employment", "socialSupport",
            "childrenYouth");

    private ReferralChecks() {
    }

    /** The day of the referral (today when absent). */
    static LocalDate referral(ReferralRequest r, LocalDate today) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        ResourceChecks.text(v, "householdId", r.householdId(), 36, true);
        ResourceChecks.text(v, "resourceId", r.resourceId(), 36, true);
        if (r.dimension() != null && !DIMENSIONS.contains(r.dimension())) {
            v.add(new FieldViolation("dimension", "oneOf", "must be one of " + String.join(", ", List.of("material",
                    "health", "education", "employment", "socialSupport", "childrenYouth"))));
        }
        ResourceChecks.amount(v, "amount", r.amount());
        LocalDate on = notFuture(v, "referredOn", r.referredOn(), today);
        ResourceChecks.text(v, "note", r.note(), MAX_NOTE, false);
        fail(v);
        return on;
    }

    /** The new status and its day (today when absent). */
    record Outcome(ReferralStatus status, LocalDate on) {
    }

    static Outcome outcome(ReferralOutcomeRequest r, LocalDate today) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        ReferralStatus status = ResourceChecks.oneOf(v, "status", r.status(), ReferralStatus.class);
        if (status == ReferralStatus.REFERRED) {
            v.add(new FieldViolation("status", "oneOf", "must be ACCEPTED, DELIVERED, DECLINED or WITHDRAWN"));
        }
        ResourceChecks.text(v, "outcome", r.outcome(), MAX_OUTCOME, true);
        LocalDate on = notFuture(v, "on", r.on(), today);
        fail(v);
        return new Outcome(status, on);
    }

    static void query(ReferralQuery q) {
        if (q == null) {
            throw new ValidationException("query", "required", "a query is required");
        }
        if (q.page() < 0) {
            throw new ValidationException("page", "range", "must be 0 or more");
        }
        if (q.size() < 1 || q.size() > 200) {
            throw new ValidationException("size", "range", "must be 1 to 200");
        }
    }

    private static LocalDate notFuture(List<FieldViolation> v, String field, String value, LocalDate today) {
        LocalDate day = ResourceChecks.date(v, field, value);
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            v.add(new FieldViolation(field, "notFuture", "cannot be after today (" + today + ")"));
        }
        return day;
    }

    private static void fail(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }
}
