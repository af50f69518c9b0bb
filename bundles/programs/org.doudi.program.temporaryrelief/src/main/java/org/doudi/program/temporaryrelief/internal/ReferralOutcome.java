package org.doudi.program.temporaryrelief.internal;

/** How a station referral ended. */
public enum ReferralOutcome {
    /** Taken in by the relief station (救助站安置). */
    SHELTERED,
    /** Taken in hand by the street of the person's hukou (户籍街道接收). */
    TAKEN_IN_BY_STREET,
    /** Helped home (护送返乡). */
    RETURNED_HOME,
    /** Sent to medical care (送医救治). */
    MEDICAL_CARE,
    /** The person declined help (本人拒绝救助). */
    DECLINED,
    /** Another outcome, explained in the note. */
    OTHER
}
