package org.doudi.api.casework;

/** Why an enrolment was suspended or ended. */
public enum TerminationReason {
    /** The recipient died (death verified). */
    DECEASED,
    /** No longer eligible (income, assets, review). */
    INELIGIBLE,
    /** Moved out of the district. */
    MOVED_AWAY,
    /** Withdrawn by the recipient. */
    WITHDRAWN,
    /** Obtained by false reporting (骗保). */
    FRAUD,
    /** A suspension pending verification (a reported death, a warning). */
    PENDING_VERIFICATION
}
