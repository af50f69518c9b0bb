package org.doudi.api.monitoring;

/** The warning workflow: OPEN → ASSIGNED → VERIFIED → DISPOSED (or DISMISSED, from any open state). */
public enum WarningStatus {
    /** Raised, not yet routed to anyone. */
    OPEN,
    /** Routed to a street and an advisor. */
    ASSIGNED,
    /** Verified offline; awaiting its disposition. */
    VERIFIED,
    /** Closed with a disposition: include, terminate or link to services. */
    DISPOSED,
    /** Closed as unfounded, with a reason; the same fact never raises it again. */
    DISMISSED;

    /** True while the warning still needs work. */
    public boolean isOpen() {
        return this == OPEN || this == ASSIGNED || this == VERIFIED;
    }
}
