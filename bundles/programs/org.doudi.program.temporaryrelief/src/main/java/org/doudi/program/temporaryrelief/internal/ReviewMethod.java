package org.doudi.program.temporaryrelief.internal;

/** How a small grant's follow-up review was held. */
public enum ReviewMethod {
    /** Democratic appraisal (民主评议). */
    DEMOCRATIC_APPRAISAL,
    /** Case-by-case discussion (一事一议). */
    CASE_BY_CASE
}
