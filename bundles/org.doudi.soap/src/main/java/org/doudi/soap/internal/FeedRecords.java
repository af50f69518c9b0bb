package org.doudi.soap.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.monitoring.FeedRecord;
import org.doudi.api.monitoring.FeedSubmission;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.soap.internal.contract.FeedField;
import org.doudi.soap.internal.contract.SubmitFeedRecords;

/**
 * Checks a {@code SubmitFeedRecords} request as a whole and turns it into the JSON feed's {@link FeedSubmission}:
 * a known feed type, a month, a short source, and at most {@link #MAX_RECORDS} records each with a valid ID number, a
 * {@code yyyy-MM-dd} date and the type's required columns among at most {@link #MAX_FIELDS} fields. Every violation is listed (up to {@link Faults#MAX_VIOLATIONS}); one bad record
 * refuses the whole submission.
 */
final class FeedRecords {
    static final int MAX_RECORDS = 10_000;
    static final int MAX_SOURCE = 100;
    static final int MAX_FIELD = 500;
    /** How many fields a record may have: the feed types need a handful. */
    static final int MAX_FIELDS = 50;

    /** A checked submission of one feed type. */
    record Checked(FeedType type, FeedSubmission submission) {
    }

    private FeedRecords() {
    }

    /** @throws ValidationException listing every broken rule */
    static Checked check(SubmitFeedRecords request, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        FeedType type = type(request.getFeedType(), violations);
        String period = period(request.getPeriod(), violations);
        String source = request.getSource() == null ? null : request.getSource().strip();
        if (source != null && (source.isEmpty() || source.length() > MAX_SOURCE
                || source.chars().anyMatch(Character::isISOControl))) {
            violations.add(new FieldViolation("source", "format", "must be 1 to " + MAX_SOURCE
                    + " printable characters"));
        }
        List<FeedRecord> records = new ArrayList<>();
        List<org.doudi.soap.internal.contract.FeedRecord> sent = request.getRecord();
        if (sent.isEmpty()) {
            violations.add(new FieldViolation("record", "required", "must list at least one record"));
        } else if (sent.size() > MAX_RECORDS) {
            violations.add(new FieldViolation("record", "max", "at most " + MAX_RECORDS
                    + " records per submission; split the feed"));
        } else {
            for (int i = 0; i < sent.size() && violations.size() < Faults.MAX_VIOLATIONS; i++) {
                records.add(record("record[" + i + "]", sent.get(i), type, today, violations));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Checked(type, new FeedSubmission(source, period, records));
    }

    private static FeedType type(String value, List<FieldViolation> violations) {
        FeedType type = value == null ? null : FeedType.ofId(value.strip()).orElse(null);
        if (type == null) {
            violations.add(new FieldViolation("feedType", "oneOf", "unknown feed type; one of "
                    + Arrays.stream(FeedType.values()).map(FeedType::id).toList()));
        }
        return type;
    }

    private static String period(String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation("period", "required", "must be given, a month yyyy-MM"));
            return null;
        }
        try {
            return YearMonth.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation("period", "month", "must be a month yyyy-MM"));
            return null;
        }
    }

    private static FeedRecord record(String path, org.doudi.soap.internal.contract.FeedRecord r, FeedType type,
            LocalDate today, List<FieldViolation> violations) {
        ResidentIdNumber.Result id = ResidentIdNumber.check(r.getIdNumber(), today);
        if (!id.valid()) {
            violations.add(new FieldViolation(path + ".idNumber", id.rule(), id.message()));
        }
        String date = r.getDate() == null ? "" : r.getDate().strip();
        try {
            date = LocalDate.parse(date).toString();
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(path + ".date", "date", "must be a date yyyy-MM-dd"));
        }
        Map<String, String> facts = new LinkedHashMap<>();
        if (r.getField().size() > MAX_FIELDS) {
            violations.add(new FieldViolation(path + ".field", "max", "at most " + MAX_FIELDS
                    + " fields per record"));
            return new FeedRecord(id.valid() ? id.normalized() : r.getIdNumber(), date, facts);
        }
        for (FeedField f : r.getField()) {
            String name = f.getName() == null ? "" : f.getName().strip();
            String value = f.getValue() == null ? "" : f.getValue().strip();
            if (name.isEmpty() || name.length() > 64 || value.length() > MAX_FIELD) {
                violations.add(new FieldViolation(path + ".field", "format", "a field needs a name of 1 to 64 "
                        + "characters and a value of at most " + MAX_FIELD + " characters"));
            } else {
                facts.put(name, value);
            }
        }
        if (type != null) {
            List<String> missing = type.requiredColumns().stream()
                    .filter(c -> facts.getOrDefault(c, "").isEmpty()).toList();
            if (!missing.isEmpty()) {
                violations.add(new FieldViolation(path + ".field", "required", type.id() + " records need "
                        + missing));
            }
        }
        return new FeedRecord(id.valid() ? id.normalized() : r.getIdNumber(), date, facts);
    }
}
