package org.doudi.api.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands (SPEC §3). The path is acceptance (受理) → economic verification (经济状况核对) →
 * household investigation (入户调查) → review (审核) → public notice (公示) → confirmation by the street
 * (审核确认) → grant (发放); it can be refused (不予批准) or withdrawn by the applicant at any step before
 * confirmation. Granted, refused and withdrawn cases are closed; what happens after a grant (review, suspension,
 * termination) happens to the {@link Enrolment}.
 */
public enum CaseStatus {
    /** 受理: accepted; the deadline runs from here. */
    ACCEPTED,
    /** 经济状况核对: the economic-status verification is under way. */
    VERIFYING,
    /** 入户调查: the household investigation is under way. */
    INVESTIGATING,
    /** 审核: under review by the street. */
    UNDER_REVIEW,
    /** 公示: on public notice; objections may be raised until it ends. */
    PUBLIC_NOTICE,
    /** 审核确认: approved; the decision is taken, with the program's evaluation. */
    CONFIRMED,
    /** 发放: granted; an enrolment pays from here. Closed. */
    GRANTED,
    /** 不予批准: refused, with the reasons. Closed. */
    REFUSED,
    /** 撤回: withdrawn by the applicant. Closed. */
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        switch (this) {
            case ACCEPTED:
                return EnumSet.of(VERIFYING, REFUSED, WITHDRAWN);
            case VERIFYING:
                return EnumSet.of(INVESTIGATING, REFUSED, WITHDRAWN);
            case INVESTIGATING:
                return EnumSet.of(UNDER_REVIEW, REFUSED, WITHDRAWN);
            case UNDER_REVIEW:
                return EnumSet.of(PUBLIC_NOTICE, REFUSED, WITHDRAWN);
            case PUBLIC_NOTICE:
                return EnumSet.of(CONFIRMED, REFUSED, WITHDRAWN);
            case CONFIRMED:
                return EnumSet.of(GRANTED, WITHDRAWN);
            default:
                return EnumSet.noneOf(CaseStatus.class);
        }
    }

    /** True until the case is granted, refused or withdrawn. */
    public boolean open() {
        return this != GRANTED && this != REFUSED && this != WITHDRAWN;
    }

    /**
     * True once a decision is taken (confirmed, granted or refused): a notice can be issued, and the applicant may
     * ask for a review (复核) or an administrative reconsideration (行政复议).
     */
    public boolean decided() {
        return this == CONFIRMED || this == GRANTED || this == REFUSED;
    }

    /** True until a decision (confirmation or refusal) is taken: the deadline applies. */
    public boolean awaitingDecision() {
        return open() && this != CONFIRMED;
    }
}
