package org.doudi.registry.internal.supervision.dishonesty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.supervision.DishonestyKind;
import org.doudi.api.supervision.DishonestyRecordRequest;

/** Checks of dishonesty requests: every broken rule at once, as a 422 naming field and rule. */
final class DishonestyChecks {
    static final int MAX_TEXT = 500;
    static final int MAX_MONTHS = 120;
    static final BigDecimal MIN_MULTIPLE = BigDecimal.ONE;
    static final BigDecimal MAX_MULTIPLE = new BigDecimal(3);

    /** A record request as checked. */
    record Checked(String idNumber, String householdId, String programId, DishonestyKind kind, String decision,
            LocalDate decidedOn, YearMonth from, YearMonth to, BigDecimal fineMultiple, LocalDate listedUntil,
            boolean terminate) {
    }

    private DishonestyChecks() {
    }

    static Checked record(DishonestyRecordRequest r, LocalDate today) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        String idNumber = idNumber(v, r.idNumber(), today);
        if (r.householdId() == null || r.householdId().isBlank() || r.householdId().length() > 64) {
            v.add(new FieldViolation("householdId", "required", "the household that was paid"));
        }
        if (r.programId() == null || r.programId().length() > 40 || !r.programId().matches(ProgramInfo.ID_PATTERN)) {
            v.add(new FieldViolation("programId", "pattern", "the program it was paid under, e.g. dibao"));
        }
        if (r.kind() == null) {
            v.add(new FieldViolation("kind", "required", "one of FALSE_REPORTING, CONCEALMENT, DECEPTION"));
        }
        text(v, "decision", r.decision(), true);
        LocalDate decidedOn = date(v, "decidedOn", r.decidedOn(), null);
        if (decidedOn == null && r.decidedOn() == null) {
            v.add(new FieldViolation("decidedOn", "required", "the day of the decision, yyyy-MM-dd"));
        } else if (decidedOn != null && decidedOn.isAfter(today)) {
            v.add(new FieldViolation("decidedOn", "notFuture", "cannot be after today (" + today + ")"));
        }
        YearMonth from = month(v, "overpaidFrom", r.overpaidFrom());
        YearMonth to = month(v, "overpaidTo", r.overpaidTo());
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                v.add(new FieldViolation("overpaidTo", "order", "cannot be before overpaidFrom (" + from + ")"));
            } else if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
                v.add(new FieldViolation("overpaidTo", "range", "the period is at most " + MAX_MONTHS + " months"));
            } else if (decidedOn != null && to.isAfter(YearMonth.from(decidedOn))) {
                v.add(new FieldViolation("overpaidTo", "range", "cannot be after the month of the decision ("
                        + YearMonth.from(decidedOn) + ")"));
            } else if (!to.isBefore(YearMonth.from(today))) {
                v.add(new FieldViolation("overpaidTo", "monthOver", "only months that are over may be claimed: "
                        + "overpaidTo " + to + " must be before the current month (" + YearMonth.from(today) + ")"));
            }
        }
        BigDecimal multiple = r.fineMultiple();
        if (multiple == null) {
            v.add(new FieldViolation("fineMultiple", "required", "the fine as a multiple of the overpayment, 1 to 3"));
        } else if (multiple.compareTo(MIN_MULTIPLE) < 0 || multiple.compareTo(MAX_MULTIPLE) > 0) {
            v.add(new FieldViolation("fineMultiple", "range", "must be 1 to 3 (a fine of 1 to 3 times the amount "
                    + "obtained), was " + multiple.toPlainString()));
        } else if (multiple.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation("fineMultiple", "scale", "at most two decimals"));
        }
        LocalDate until = date(v, "listedUntil", r.listedUntil(), null);
        if (until != null && decidedOn != null && until.isBefore(decidedOn)) {
            v.add(new FieldViolation("listedUntil", "order", "cannot be before the decision (" + decidedOn + ")"));
        }
        throwIfAny(v);
        return new Checked(idNumber, r.householdId().strip(), r.programId(), r.kind(), r.decision().strip(), decidedOn,
                from, to, multiple.setScale(2), until, Boolean.TRUE.equals(r.terminateEnrolment()));
    }

    static String idNumber(List<FieldViolation> v, String raw, LocalDate today) {
        ResidentIdNumber.Result id = ResidentIdNumber.check(raw, today);
        if (!id.valid()) {
            v.add(new FieldViolation("idNumber", id.rule(), id.message()));
            return null;
        }
        return id.normalized();
    }

    static void text(List<FieldViolation> v, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, "required", "must be given"));
            }
        } else if (value.length() > MAX_TEXT) {
            v.add(new FieldViolation(field, "length", "must be at most " + MAX_TEXT + " characters"));
        }
    }

    static LocalDate date(List<FieldViolation> v, String field, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2999) {
                v.add(new FieldViolation(field, "range", "must be in the years 2000 to 2999"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            v.add(new FieldViolation(field, "type", "must be a date yyyy-MM-dd"));
            return null;
        }
    }

    static YearMonth month(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, "required", "a month yyyy-MM"));
            return null;
        }
        try {
            YearMonth m = YearMonth.parse(value.strip());
            if (m.getYear() < 2000 || m.getYear() > 2999) {
                v.add(new FieldViolation(field, "range", "must be in the years 2000 to 2999"));
                return null;
            }
            return m;
        } catch (DateTimeParseException e) {
            v.add(new FieldViolation(field, "type", "must be yyyy-MM"));
            return null;
        }
    }

    static void throwIfAny(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }
}
