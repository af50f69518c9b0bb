package org.doudi.program.temporaryrelief.internal;

/** What the follow-up review decided about a small grant. */
public enum ReviewOutcome {
    /** The grant stands as made. */
    CONFIRMED,
    /** The grant stands at another amount ({@code revisedAmount}). */
    REVISED,
    /** The grant should not have been made (recovery follows outside this program). */
    REVOKED
}
