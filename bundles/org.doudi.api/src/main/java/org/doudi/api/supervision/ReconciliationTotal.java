package org.doudi.api.supervision;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reconciliation's figures for one group: the whole district, a street or a program.
 *
 * @param key            {@code all}, a street id, or a program id; payments to ID numbers not in the registry are
 *                       counted under the street {@link #NOT_REGISTERED}
 * @param rollCount      payments on our roll
 * @param rollAmount     their sum, yuan
 * @param paidCount      PAID rows of the platform's file, those with a value that cannot be read included
 *                       ({@link MismatchKind#UNREADABLE_ROW}, counted under the street {@link #NOT_REGISTERED})
 * @param paidAmount     their sum, yuan (rows whose amount cannot be read count as 0.00)
 * @param mismatchCount  mismatches of every kind
 * @param erroneousPayments payments with at least one mismatch: PAID rows with one or more mismatches, plus roll
 *                       payments not paid (a row whose amount and account are both wrong is one)
 * @param overpaidAmount the sum of the {@link MismatchKind#AMOUNT_DIFFERS} differences where more was paid than
 *                       the roll pays, yuan
 * @param underpaidAmount the sum of the {@link MismatchKind#AMOUNT_DIFFERS} differences where less was paid than
 *                       the roll pays, yuan, as a positive number
 * @param mismatches     per kind (every kind listed, zeros included), in {@link MismatchKind} order; the amount of
 *                       AMOUNT_DIFFERS is the net of the signed differences (overpaid − underpaid)
 */
public record ReconciliationTotal(String key, long rollCount, BigDecimal rollAmount, long paidCount,
        BigDecimal paidAmount, long mismatchCount, long erroneousPayments, BigDecimal overpaidAmount,
        BigDecimal underpaidAmount, List<MismatchTotal> mismatches) {

    /** The key of the whole district's figures. */
    public static final String ALL = "all";
    /** The street key of payments to ID numbers the registry does not know. */
    public static final String NOT_REGISTERED = "(not registered)";
}
