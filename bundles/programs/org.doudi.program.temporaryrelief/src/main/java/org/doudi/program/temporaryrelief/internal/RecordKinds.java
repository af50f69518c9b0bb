package org.doudi.program.temporaryrelief.internal;

/** The kinds of record the program keeps in the core's record store. */
final class RecordKinds {
    /** A small-amount grant (小金额救助) and its follow-up review. */
    static final String SMALL_GRANT = "small-grant";
    /** An urgent event (突发事件) on record for a household: the ground of a normal case. */
    static final String URGENT_EVENT = "urgent-event";
    /** A homeless or stranded person referred to a street or the relief station. */
    static final String STATION_REFERRAL = "station-referral";
    /** A household's help plan (一户一策). */
    static final String PLAN = "plan";

    private RecordKinds() {
    }
}
