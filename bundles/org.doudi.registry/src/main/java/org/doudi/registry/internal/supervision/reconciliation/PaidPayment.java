package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;

/**
 * A PAID row as the totals count it: under the street of the household it was matched to (null when the ID number
 * is not in the registry) and its program.
 */
record PaidPayment(String street, String programId, BigDecimal amount) {
}
