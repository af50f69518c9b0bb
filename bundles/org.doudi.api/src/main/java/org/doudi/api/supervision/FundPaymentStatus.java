package org.doudi.api.supervision;

/**
 * The outcome of one payment in the fund internal-control platform's export. Only {@link #PAID} counts as paid; a
 * roll payment whose only rows are FAILED or RETURNED is {@link MismatchKind#ON_ROLL_NOT_PAID}.
 */
public enum FundPaymentStatus {
    /** The money reached the account. */
    PAID,
    /** The bank did not make the payment (e.g. a closed account). */
    FAILED,
    /** The payment was made and came back (退回). */
    RETURNED
}
