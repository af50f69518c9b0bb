package org.doudi.api.supervision;

/** How a reconciliation mismatch was settled. */
public enum MismatchResolutionKind {
    /** Money paid without entitlement was recovered (追回). */
    RECOVERED,
    /** Our roll or registry was wrong and has been corrected (an enrolment, an amount, a payee account). */
    CORRECTED_ROLL,
    /** The payment was corrected on the platform (a supplementary payment made, a payment redirected). */
    CORRECTED_PAYMENT,
    /** No error: the difference is explained (e.g. a payment made in the next month by agreement). */
    EXPLAINED
}
