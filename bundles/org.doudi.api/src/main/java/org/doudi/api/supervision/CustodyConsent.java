package org.doudi.api.supervision;

/** Who consented to a custody (卡折代管). */
public enum CustodyConsent {
    /** The recipient themselves. */
    RECIPIENT,
    /** The recipient's guardian (监护人), for a recipient without full capacity. */
    GUARDIAN
}
