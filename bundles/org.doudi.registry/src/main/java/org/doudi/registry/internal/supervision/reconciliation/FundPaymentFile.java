package org.doudi.registry.internal.supervision.reconciliation;

import org.doudi.registry.internal.csv.CsvReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.supervision.ReconciliationRowError;

/**
 * The fund platform's export read once, as a stream: its rows in file order (checked ones, and those with a bad
 * value whose status is PAID or cannot be read, which become UNREADABLE_ROW mismatches), the rows with a bad value
 * with their problems (the first {@link #MAX_ERRORS} kept), and the SHA-256 of its bytes. A file that cannot be
 * read as CSV to the end, lacks a required column or has more than {@link #MAX_ROWS} rows is refused as a whole
 * (422).
 *
 * @param rows       the checked rows and the unreadable ones that may be payments
 * @param rowCount   data rows read
 * @param errorRows  rows with a bad value (PAID or not)
 * @param errors     their problems (at most {@link #MAX_ERRORS})
 * @param sha256     the file's digest
 */
record FundPaymentFile(List<FundPaymentRow> rows, long rowCount, long errorRows, List<ReconciliationRowError> errors,
        String sha256) {
    /** Problems kept; more are counted only. */
    static final int MAX_ERRORS = 1_000;
    /**
     * A district's month is 10k–200k payments; the checked rows are held in memory, so a bigger export (a city's)
     * must be split by street or program.
     */
    static final long MAX_ROWS = 1_000_000;

    static FundPaymentFile read(InputStream in, YearMonth month, LocalDate today) {
        if (in == null) {
            throw new ValidationException("(body)", "required", "the platform's CSV export is required");
        }
        MessageDigest digest = newDigest();
        List<FundPaymentRow> rows = new ArrayList<>();
        List<ReconciliationRowError> errors = new ArrayList<>();
        long count = 0;
        long bad = 0;
        try (CsvReader csv = new CsvReader(new InputStreamReader(new DigestInputStream(in, digest),
                StandardCharsets.UTF_8))) {
            FundPaymentColumns columns = FundPaymentColumns.of(csv.next());
            FundPaymentCheck check = new FundPaymentCheck(columns, month, today);
            List<ReconciliationRowError> problems = new ArrayList<>(6);
            for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
                if (++count > MAX_ROWS) {
                    throw new ValidationException("(body)", "maxRows", "the file has more than " + MAX_ROWS
                            + " rows; a larger export must be split by street or program and each part"
                            + " reconciled on its own; nothing was reconciled");
                }
                problems.clear();
                FundPaymentRow row = check.check(csv.line(), cells, problems);
                if (row != null) {
                    rows.add(row); // checked, or unreadable but perhaps PAID: its money is counted
                }
                if (row == null || row.unreadable()) {
                    bad++;
                    for (ReconciliationRowError p : problems) {
                        if (errors.size() < MAX_ERRORS) {
                            errors.add(p);
                        }
                    }
                }
            }
        } catch (CsvReader.MalformedCsvException e) {
            throw new ValidationException("(body)", "csv", e.getMessage() + "; nothing was reconciled");
        } catch (IOException e) {
            throw new DoudiException(400, "upload", "reading the file failed (" + e.getMessage()
                    + "); nothing was reconciled");
        }
        return new FundPaymentFile(rows, count, bad, errors, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
