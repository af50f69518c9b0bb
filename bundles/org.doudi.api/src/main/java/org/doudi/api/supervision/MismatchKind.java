package org.doudi.api.supervision;

/**
 * What a fund reconciliation found wrong between the fund internal-control platform's payments (资金内控平台) and our
 * payment roll (发放名册) for a month. A platform row yields at most one mismatch, except that a wrong amount and a
 * wrong account on the same payment are two; the kinds are checked in this order:
 * {@link #PAID_TWICE}, {@link #PAID_TO_DECEASED}, then {@link #AMOUNT_DIFFERS} and {@link #ACCOUNT_DIFFERS} for a
 * payment on the roll, or {@link #PAID_WHILE_TERMINATED}, {@link #PAID_WHILE_SUSPENDED}, {@link #PAID_NOT_ON_ROLL}
 * for one that is not. A PAID row (or a row whose status cannot be read) with a value that cannot be read is
 * {@link #UNREADABLE_ROW} and nothing else.
 */
public enum MismatchKind {
    /** Paid, but nobody of that household is on our roll for the program and month (多发: not entitled). */
    PAID_NOT_ON_ROLL,
    /** On our roll, but no PAID row of the platform matches it (漏发). The amount is our roll amount. */
    ON_ROLL_NOT_PAID,
    /**
     * Paid for a payment on our roll, but a different amount; the amount is the signed difference, paid − roll
     * (positive: paid too much; negative: paid too little).
     */
    AMOUNT_DIFFERS,
    /**
     * Paid to a person who died on or before the month's first day (the day the roll is drawn on), or for an
     * enrolment terminated because the recipient died.
     */
    PAID_TO_DECEASED,
    /** Paid for an enrolment that was terminated (for a reason other than death) on the month's first day. */
    PAID_WHILE_TERMINATED,
    /** Paid for an enrolment that was suspended on the month's first day (or is suspended now, for this month). */
    PAID_WHILE_SUSPENDED,
    /** A second (third …) PAID row for the same enrolment, or the same person and program, in the month (重复发放). */
    PAID_TWICE,
    /** Paid for a payment on our roll, but to an account other than the enrolment's payee account. */
    ACCOUNT_DIFFERS,
    /**
     * A row whose status is PAID, or cannot be read, with a value that cannot be read (ID number checksum, month,
     * amount with more than two decimals, …): it could not be matched, but its money is counted. The amount is the
     * row's amount when that can be read (at most two decimals), else zero; the street is "not registered".
     */
    UNREADABLE_ROW
}
