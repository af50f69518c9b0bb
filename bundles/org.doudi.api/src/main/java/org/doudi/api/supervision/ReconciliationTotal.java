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
 * @param paidCount      PAID rows of the platform's file
 * @param paidAmount     their sum, yuan
 * @param mismatchCount  mismatches of every kind
 * @param mismatches     per kind (every kind listed, zeros included), in {@link MismatchKind} order
 */
public record ReconciliationTotal(String key, long rollCount, BigDecimal rollAmount, long paidCount,
        BigDecimal paidAmount, long mismatchCount, List<MismatchTotal> mismatches) {

    /** The key of the whole district's figures. */
    public static final String ALL = "all";
    /** The street key of payments to ID numbers the registry does not know. */
    public static final String NOT_REGISTERED = "(not registered)";
}
