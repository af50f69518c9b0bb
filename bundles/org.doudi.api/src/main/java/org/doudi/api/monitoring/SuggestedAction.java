package org.doudi.api.monitoring;

/** What a warning suggests the street does. */
public enum SuggestedAction {
    /** A recipient died: payment is suspended at once; verify, then terminate (or restore). */
    STOP_PAYMENT,
    /** New income (job, pension, business): re-check the household's income. */
    RECHECK_INCOME,
    /** New property or a car: re-check the household's assets. */
    RECHECK_ASSETS,
    /** A sentence: re-check who counts in the household and whether it still qualifies. */
    RECHECK_ELIGIBILITY,
    /** A large medical expense, a disability, a school place: the household may now qualify for more help. */
    CHECK_NEW_ASSISTANCE,
    /** The registry's record needs updating (the person is registered but not paid). */
    UPDATE_RECORD
}
