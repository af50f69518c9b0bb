package org.doudi.registry.internal.supervision.filecheck;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.supervision.FileCheckCorrectionRequest;
import org.doudi.api.supervision.FileCheckFindingRequest;
import org.doudi.api.supervision.FileCheckRequest;

/** Checks of file-check requests: every broken rule at once, as a 422 naming field and rule. */
final class FileCheckChecks {
    static final int MAX_TEXT = 500;
    static final int MAX_SIZE = 100;

    /** A draw as checked: the month, the sample size per street, the seed. */
    record Draw(YearMonth month, int size, long seed, String reason) {
    }

    private FileCheckChecks() {
    }

    /** What is wrong with a configuration; empty when it can be used. */
    static List<String> problems(FileCheckConfig c) {
        List<String> problems = new ArrayList<>();
        if (c.fileCheckSizePerStreet() < 1 || c.fileCheckSizePerStreet() > MAX_SIZE) {
            problems.add("fileCheckSizePerStreet must be 1 to " + MAX_SIZE);
        }
        if (c.fileCheckCorrectionDays() < 1 || c.fileCheckCorrectionDays() > 365) {
            problems.add("fileCheckCorrectionDays must be 1 to 365");
        }
        String[] items = c.fileCheckItems();
        if (items == null || items.length == 0 || FileCheckViews.joined(items).length() > 2000) {
            problems.add("fileCheckItems must name 1 to about 20 items");
        } else if (java.util.Arrays.stream(items).anyMatch(i -> i.isBlank() || i.length() > 100 || i.contains("\n"))) {
            problems.add("each of fileCheckItems must be 1 to 100 characters on one line");
        }
        return problems;
    }

    static Draw draw(FileCheckRequest r, LocalDate today, int defaultSize) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        YearMonth month = null;
        if (r.month() == null || r.month().isBlank()) {
            v.add(new FieldViolation("month", "required", "the month whose decided cases are sampled, yyyy-MM"));
        } else {
            try {
                month = YearMonth.parse(r.month().strip());
                if (!month.isBefore(YearMonth.from(today)) || month.getYear() < 2000) {
                    v.add(new FieldViolation("month", "range", "only a month that is over may be drawn: must be from "
                            + "2000-01 to last month (" + YearMonth.from(today).minusMonths(1) + "), was " + month));
                }
            } catch (DateTimeParseException e) {
                v.add(new FieldViolation("month", "type", "must be yyyy-MM"));
            }
        }
        int size = r.sizePerStreet() == null ? defaultSize : r.sizePerStreet();
        if (size < 1 || size > MAX_SIZE) {
            v.add(new FieldViolation("sizePerStreet", "range", "must be 1 to " + MAX_SIZE + ", was " + size));
        }
        text(v, "reason", r.reason(), false);
        throwIfAny(v);
        return new Draw(month, size, r.seed() == null ? FileCheckSampler.randomSeed() : r.seed(),
                r.reason() == null ? null : r.reason().strip());
    }

    /** The finding's due day, checked ({@code today + days} when absent). */
    static LocalDate finding(FileCheckFindingRequest r, List<String> items, LocalDate today, int days) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (r.category() == null) {
            v.add(new FieldViolation("category", "required", "one of MISSING_DOCUMENT, WRONG_AMOUNT, MISSING_SIGNATURE, "
                    + "DEADLINE_MISSED, OTHER"));
        }
        if (r.item() != null && !items.contains(r.item())) {
            v.add(new FieldViolation("item", "oneOf", "must be one of the check's items: " + items));
        }
        text(v, "description", r.description(), true);
        text(v, "requiredCorrection", r.requiredCorrection(), true);
        LocalDate due = date(v, "dueOn", r.dueOn(), today.plusDays(days));
        if (due != null && due.isBefore(today)) {
            v.add(new FieldViolation("dueOn", "range", "cannot be before today (" + today + ")"));
        }
        throwIfAny(v);
        return due;
    }

    /** The day of the correction, checked against the finding's day and today. */
    static LocalDate correction(FileCheckCorrectionRequest r, LocalDate findingDay, LocalDate today) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        text(v, "correction", r.correction(), true);
        LocalDate on = date(v, "correctedOn", r.correctedOn(), today);
        if (on != null && (on.isBefore(findingDay) || on.isAfter(today))) {
            v.add(new FieldViolation("correctedOn", "range", "must be between the finding (" + findingDay
                    + ") and today (" + today + ")"));
        }
        throwIfAny(v);
        return on;
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

    static void throwIfAny(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }
}
