package org.doudi.api.supervision;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * Monthly fund reconciliation (SPEC §9): the fund internal-control platform's export of a month against our payment
 * roll of that month (the roll {@code EnrolmentService.payroll} draws: enrolments active on the month's first day).
 *
 * <p>The export is CSV, UTF-8, with a header naming the columns (any order, names case-insensitive, other columns
 * ignored): {@code idNumber} (the payee's 18-character ID number), {@code program} (program id, e.g.
 * {@code dibao}), {@code month} ({@code yyyy-MM}, the month reconciled), {@code amount} (yuan, ≥ 0, at most two
 * decimals), {@code account} (bank account, 12–30 digits; required when PAID), {@code status} (PAID, FAILED or
 * RETURNED — see {@link FundPaymentStatus}). A row with a wrong value is listed with its line and reason and left
 * out; the rest is reconciled.
 */
public interface ReconciliationService {

    /**
     * Reconciles {@code month} with the platform's file and stores the result, audited as one event.
     *
     * @param month    the month (not after the current one)
     * @param csv      the platform's export, read once as a stream
     * @param fileName the file's name, for the record (may be null)
     * @param context  who runs it and why
     * @return the stored reconciliation with its figures per street and program and its row errors
     * @throws org.doudi.api.ValidationException when the month is missing or in the future, or the file is not a
     *         readable CSV with the required header (nothing is stored)
     */
    Reconciliation reconcile(YearMonth month, InputStream csv, String fileName, WriteContext context);

    /** A reconciliation with its figures per street and program and its row errors. */
    Optional<Reconciliation> find(String id);

    /**
     * Reconciliations, newest first, without the per-street and per-program figures.
     *
     * @param month only this month's, or null for all
     */
    Page<Reconciliation> list(YearMonth month, int page, int size);

    /**
     * A reconciliation's mismatches in number order.
     *
     * @throws org.doudi.api.DoudiException 404 when the reconciliation does not exist
     */
    Page<Mismatch> mismatches(String id, MismatchQuery query);

    /** One mismatch. */
    Optional<Mismatch> mismatch(String id, int no);

    /**
     * Records how a mismatch was settled (who, when, how), audited.
     *
     * @throws org.doudi.api.DoudiException 404 for an unknown reconciliation or mismatch, 409 when it is already
     *         settled
     * @throws org.doudi.api.ValidationException when the kind or the note is missing or the note is too long
     */
    Mismatch resolve(String id, int no, MismatchResolutionRequest resolution, WriteContext context);
}
