package org.doudi.api.supervision;

/**
 * Where a file-check finding stands: open until the street submits its correction; closed only when the district
 * (district-admin or district-staff) accepts that correction.
 */
public enum FileCheckFindingStatus {
    /** Recorded; the correction is due. */
    OPEN,
    /** The street recorded its correction (what, and on which day); the district has yet to accept it. */
    CORRECTION_SUBMITTED,
    /** The district accepted the correction: closed, with who and when. */
    CLOSED
}
