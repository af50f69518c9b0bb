package org.doudi.api.monitoring;

/** What a warning suggests the street does. */
public enum SuggestedAction {
    /**
     * A recipient died: an enrolment that paid for that person alone is suspended at once; verify, then
     * TERMINATE_ASSISTANCE ends it (DISMISS restores it if the report was wrong).
     */
    STOP_PAYMENT,
    /** New income (job, pension, business): re-check the household's income. */
    RECHECK_INCOME,
    /** New property or a car: re-check the household's assets. */
    RECHECK_ASSETS,
    /**
     * A sentence, or the death of one member of a household paid for several: re-check who counts in the
     * household, whether it still qualifies and for how much.
     */
    RECHECK_ELIGIBILITY,
    /** A large medical expense, a disability, a school place: the household may now qualify for more help. */
    CHECK_NEW_ASSISTANCE,
    /** The registry's record needs updating (the person is registered but not paid). */
    UPDATE_RECORD
}
