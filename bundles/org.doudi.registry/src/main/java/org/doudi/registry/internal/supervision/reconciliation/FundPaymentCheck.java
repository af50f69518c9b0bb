package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.supervision.FundPaymentStatus;
import org.doudi.api.supervision.ReconciliationRowError;

/** Checks one row of the fund platform's export: every value wrong is reported, with the line and the rule. */
final class FundPaymentCheck {
    /** No monthly assistance payment is this large: a bigger amount is a broken file. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000.00");

    private final FundPaymentColumns columns;
    private final YearMonth month;
    private final LocalDate today;

    FundPaymentCheck(FundPaymentColumns columns, YearMonth month, LocalDate today) {
        this.columns = columns;
        this.month = month;
        this.today = today;
    }

    /**
     * The row, with its problems added to {@code errors}: checked when it has none; otherwise, when its status is
     * PAID or cannot be read, unreadable (with the values that could be read: its money must still be counted);
     * otherwise (a FAILED or RETURNED row with a bad value) null.
     */
    FundPaymentRow check(long line, List<String> cells, List<ReconciliationRowError> errors) {
        int before = errors.size();
        String id = idNumber(line, columns.cell(cells, FundPaymentColumns.ID_NUMBER), errors);
        String program = program(line, columns.cell(cells, FundPaymentColumns.PROGRAM), errors);
        month(line, columns.cell(cells, FundPaymentColumns.MONTH), errors);
        String rawAmount = columns.cell(cells, FundPaymentColumns.AMOUNT);
        BigDecimal amount = amount(line, rawAmount, errors);
        int statusErrors = errors.size();
        FundPaymentStatus status = status(line, columns.cell(cells, FundPaymentColumns.STATUS), errors);
        boolean statusUnreadable = errors.size() > statusErrors;
        String account = account(line, columns.cell(cells, FundPaymentColumns.ACCOUNT), status, errors);
        if (errors.size() == before) {
            return new FundPaymentRow(line, id, program, amount, account, status);
        }
        if (status != FundPaymentStatus.PAID && !statusUnreadable) {
            return null;
        }
        String problem = errors.subList(before, errors.size()).stream().map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return new FundPaymentRow(line, id, program, amount != null ? amount : readableAmount(rawAmount), account,
                status, problem);
    }

    /** The amount of an unreadable row when it is a number of yuan and fen (not negative, any size a column holds). */
    static BigDecimal readableAmount(String raw) {
        if (!raw.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(raw).setScale(2);
    }

    private String idNumber(long line, String raw, List<ReconciliationRowError> errors) {
        if (raw.isEmpty()) {
            return fail(errors, line, FundPaymentColumns.ID_NUMBER, "required", "the ID number is missing");
        }
        ResidentIdNumber.Result r = ResidentIdNumber.check(raw, today);
        return r.valid() ? r.normalized() : fail(errors, line, FundPaymentColumns.ID_NUMBER, r.rule(), r.message());
    }

    private static String program(long line, String raw, List<ReconciliationRowError> errors) {
        if (raw.isEmpty()) {
            return fail(errors, line, FundPaymentColumns.PROGRAM, "required", "the program is missing");
        }
        if (raw.length() > 40 || !raw.matches(ProgramInfo.ID_PATTERN)) {
            return fail(errors, line, FundPaymentColumns.PROGRAM, "pattern",
                    "must be a program id such as dibao or dibao-edge");
        }
        return raw;
    }

    private void month(long line, String raw, List<ReconciliationRowError> errors) {
        if (raw.isEmpty()) {
            fail(errors, line, FundPaymentColumns.MONTH, "required", "the month is missing");
            return;
        }
        try {
            YearMonth m = YearMonth.parse(raw);
            if (!m.equals(month)) {
                fail(errors, line, FundPaymentColumns.MONTH, "month", "the row is for " + m
                        + ", the reconciliation for " + month);
            }
        } catch (DateTimeParseException e) {
            fail(errors, line, FundPaymentColumns.MONTH, "format", "must be a month yyyy-MM");
        }
    }

    private static BigDecimal amount(long line, String raw, List<ReconciliationRowError> errors) {
        if (raw.isEmpty()) {
            return fail(errors, line, FundPaymentColumns.AMOUNT, "required", "the amount is missing");
        }
        BigDecimal amount;
        try {
            amount = raw.matches("-?[0-9]{1,15}(\\.[0-9]+)?") ? new BigDecimal(raw) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null) {
            return fail(errors, line, FundPaymentColumns.AMOUNT, "format", "must be a number of yuan such as 1330.00");
        }
        if (amount.signum() < 0) {
            return fail(errors, line, FundPaymentColumns.AMOUNT, "min", "must not be negative");
        }
        if (amount.scale() > 2) {
            return fail(errors, line, FundPaymentColumns.AMOUNT, "scale", "must have at most two decimals (fen)");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return fail(errors, line, FundPaymentColumns.AMOUNT, "max", "must be at most "
                    + MAX_AMOUNT.toPlainString());
        }
        return amount.setScale(2);
    }

    private static FundPaymentStatus status(long line, String raw, List<ReconciliationRowError> errors) {
        for (FundPaymentStatus s : FundPaymentStatus.values()) {
            if (s.name().equals(raw.toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        return fail(errors, line, FundPaymentColumns.STATUS, raw.isEmpty() ? "required" : "oneOf",
                "must be one of PAID, FAILED, RETURNED");
    }

    private static String account(long line, String raw, FundPaymentStatus status,
            List<ReconciliationRowError> errors) {
        if (raw.isEmpty()) {
            return status == FundPaymentStatus.PAID ? fail(errors, line, FundPaymentColumns.ACCOUNT, "required",
                    "a PAID row needs the account paid to") : null;
        }
        if (!BankAccounts.valid(raw)) {
            return fail(errors, line, FundPaymentColumns.ACCOUNT, "format",
                    "must be a bank account of 12 to 30 digits");
        }
        return raw.replaceAll("\\s+", "");
    }

    private static <T> T fail(List<ReconciliationRowError> errors, long line, String field, String rule,
            String message) {
        errors.add(new ReconciliationRowError(line, field, rule, message));
        return null;
    }
}
