package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;

/**
 * A PAID row (or an unreadable row that may be one) as the totals count it: under the street of the household it
 * was matched to (null when the ID number is not in the registry or cannot be read) and its program (null when it
 * cannot be read).
 *
 * @param onRoll    the (first) payment of a line of the roll
 * @param erroneous at least one mismatch was found on it
 */
record PaidPayment(String street, String programId, BigDecimal amount, boolean onRoll, boolean erroneous) {
}
