package org.doudi.api.jobs;

/** The kinds of background job. */
public enum JobType {
    /** Bulk import of households and members from CSV ({@code POST /api/imports/households}). */
    HOUSEHOLD_IMPORT,
    /** A partner department's feed, CSV or JSON ({@code POST /api/monitoring/feeds/{type}}). */
    FEED_LOAD,
    /** The city monitoring platform's comparison results for one street, imported as warnings. */
    CITY_RESULTS_IMPORT,
    /** The monthly cross-comparison of feeds against the registry ({@code POST /api/monitoring/runs}). */
    MONITORING_RUN,
    /** Big screening (大排查): every household re-evaluated for a program ({@code POST /api/screenings}). */
    SCREENING
}
