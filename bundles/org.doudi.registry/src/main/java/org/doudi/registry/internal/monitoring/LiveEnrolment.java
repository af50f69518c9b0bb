package org.doudi.registry.internal.monitoring;

/**
 * An ACTIVE or SUSPENDED enrolment of a household, as the comparison sees it.
 *
 * @param id        the enrolment
 * @param programId its program
 * @param active    ACTIVE (paid on the next roll) rather than SUSPENDED
 * @param cash      it pays money (monthly amount above zero), rather than being a recognition without cash
 * @param caseId    the case whose decision says whom it covers
 */
record LiveEnrolment(String id, String programId, boolean active, boolean cash, String caseId) {
}
