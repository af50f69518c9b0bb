package org.doudi.program.charity.internal;

/** What a person consented to with one organisation (知情同意的范围). */
public enum ConsentScope {
    /** Two-way data exchange: we send the person's data to the organisation and receive its aid records. */
    EXCHANGE,
    /** Referral of the household to the organisation's projects. */
    REFERRAL,
    /** Both. */
    BOTH;

    /** True when a consent of this scope allows {@code purpose} ({@link #EXCHANGE} or {@link #REFERRAL}). */
    boolean covers(ConsentScope purpose) {
        return this == BOTH || this == purpose;
    }
}
