package org.doudi.api.casework;

/**
 * How an applicant challenges a decision (SPEC §3): a review by the deciding office, or an administrative
 * reconsideration by the body above it. Each has its own deadline (configuration PID {@code org.doudi.casework}).
 */
public enum AppealKind {
    /**
     * 复核: the applicant asks the deciding office (the street) to look at its decision again. Due
     * {@code reviewWorkingDays} working days after filing (local practice, 10 by default; not confirmed).
     */
    REVIEW,
    /**
     * 行政复议: administrative reconsideration by the reconsideration body (行政复议机关). Due
     * {@code reconsiderationDays} calendar days after filing (60 by default, 《中华人民共和国行政复议法》).
     */
    RECONSIDERATION
}
