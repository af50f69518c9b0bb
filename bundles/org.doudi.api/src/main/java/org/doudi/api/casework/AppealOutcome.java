package org.doudi.api.casework;

/**
 * How a review (复核) or an administrative reconsideration (行政复议) ended. An outcome is recorded once.
 */
public enum AppealOutcome {
    /** 维持: the decision stands. */
    UPHELD,
    /**
     * 撤销/变更: the decision is set aside or changed. Recording it does not reopen or change the case: the
     * decision is put right by a new application, or a new case opened for the household, which then follows the
     * ordinary path from acceptance.
     */
    OVERTURNED,
    /** 撤回: the applicant withdrew the review or reconsideration (撤回申请). */
    WITHDRAWN
}
