package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.doudi.api.csv.CsvCells;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.person.ResidentIdNumber;

/**
 * The rules a partner fact must meet, for CSV rows and JSON records alike: a valid ID number (GB 11643), a real
 * date not after today, the type's required columns, amounts in yuan with at most two decimals. The key and
 * amount columns get their own fields; every other column is kept as text in {@code detail}.
 */
final class FeedRowCheck {
    static final String ID_NUMBER = "idNumber";
    static final String DATE = "date";
    static final int MAX_KEY = 100;
    static final int MAX_DETAIL = 1000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private FeedRowCheck() {
    }

    /**
     * @param columns the record's columns besides {@code idNumber} and {@code date}, in order
     * @param value   a column's value, or null when the record has none
     */
    static FeedFact check(FeedType type, long position, String idNumber, String date, List<String> columns,
            Function<String, String> value, LocalDate today) throws RowRejected {
        String id = idNumber(idNumber, today);
        LocalDate on = date(date, today);
        for (String required : type.requiredColumns()) {
            if (blank(value.apply(required))) {
                throw RowRejected.of(required, "required", "is missing (a " + type.id() + " record needs "
                        + String.join(", ", type.requiredColumns()) + ")");
            }
        }
        String key = type.keyColumn() == null ? null : text(type.keyColumn(), value.apply(type.keyColumn()));
        if (key != null && key.length() > MAX_KEY) {
            throw RowRejected.of(type.keyColumn(), "length", "must be at most " + MAX_KEY + " characters");
        }
        BigDecimal amount = type.amountColumn() == null ? null
                : amount(type.amountColumn(), value.apply(type.amountColumn()));
        if (type == FeedType.DISABILITY_CERTIFICATION && !key.matches("[1-4]")) {
            throw RowRejected.of("grade", "oneOf", "must be 1, 2, 3 or 4, got '" + shorten(key) + "'");
        }
        StringBuilder detail = new StringBuilder();
        for (String column : columns) {
            if (column.equals(type.keyColumn()) || column.equals(type.amountColumn())) {
                continue;
            }
            String v = text(column, value.apply(column));
            if (v != null) {
                detail.append(detail.length() == 0 ? "" : "; ").append(column).append('=').append(v);
            }
        }
        String details = detail.length() == 0 ? null : detail.length() <= MAX_DETAIL ? detail.toString()
                : detail.substring(0, MAX_DETAIL - 1) + "…";
        return new FeedFact(position, id, on, key, amount, details);
    }

    static String idNumber(String raw, LocalDate today) throws RowRejected {
        if (blank(raw)) {
            throw RowRejected.of(ID_NUMBER, "required", "is missing");
        }
        ResidentIdNumber.Result r = ResidentIdNumber.check(raw, today);
        if (!r.valid()) {
            throw new RowRejected(ID_NUMBER + ": " + r.message());
        }
        return r.normalized();
    }

    static LocalDate date(String raw, LocalDate today) throws RowRejected {
        if (blank(raw)) {
            throw RowRejected.of(DATE, "required", "is missing");
        }
        LocalDate on;
        try {
            on = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw RowRejected.of(DATE, "format", "'" + shorten(raw) + "' is not a date (yyyy-MM-dd)");
        }
        if (on.isAfter(today)) {
            throw RowRejected.of(DATE, "notFuture", on + " is after today (" + today + ")");
        }
        if (on.isBefore(EARLIEST)) {
            throw RowRejected.of(DATE, "range", on + " is before 1900");
        }
        return on;
    }

    /** An amount in yuan, two decimals; null when absent. */
    static BigDecimal amount(String field, String raw) throws RowRejected {
        if (blank(raw)) {
            return null;
        }
        BigDecimal a;
        try {
            a = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            throw RowRejected.of(field, "number", "'" + shorten(raw) + "' is not an amount in yuan (e.g. 4500.00)");
        }
        if (a.signum() < 0) {
            throw RowRejected.of(field, "range", "must not be negative, got " + a.toPlainString());
        }
        if (a.stripTrailingZeros().scale() > 2) {
            throw RowRejected.of(field, "scale", "at most 2 decimals (yuan and fen), got " + a.toPlainString());
        }
        if (a.compareTo(MAX_AMOUNT) > 0) {
            throw RowRejected.of(field, "range", "must be at most " + MAX_AMOUNT.toPlainString());
        }
        return a.setScale(2);
    }

    /** A text cell, stripped; null when blank. Spreadsheet formulas are refused. */
    static String text(String field, String raw) throws RowRejected {
        if (blank(raw)) {
            return null;
        }
        String v = raw.strip();
        if (CsvCells.isFormula(v)) {
            throw RowRejected.of(field, "formula", "must not start with = + - @ (spreadsheet formula)");
        }
        return v;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String shorten(String s) {
        String v = s.strip();
        return v.length() <= 30 ? v : v.substring(0, 30) + "…";
    }
}
