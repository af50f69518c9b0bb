package org.doudi.api.monitoring;

import java.util.List;
import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * The warning workflow (SPEC §5): open → assigned → verified → disposed, or dismissed. Each step is audited in
 * the transaction that makes it, with its effect on enrolments.
 */
public interface WarningService {

    /** The warning. */
    Optional<Warning> find(String id);

    /** Warnings matching the query. */
    Page<Warning> search(WarningQuery query);

    /** Routes an open warning to a street and advisor (409 once verified or closed). */
    Warning assign(String id, WarningAssignment assignment, WriteContext context);

    /**
     * Records the offline verification (409 unless OPEN or ASSIGNED): whether the fact was found true, and the
     * findings. It only records: no enrolment and no membership changes here, whoever verifies (an advisor, who may
     * not change payments, may). For a reported death the payment a report suspended stays suspended until the
     * disposition: {@link #dispose} TERMINATE_ASSISTANCE after a confirmed death, DISMISS after a wrong report.
     */
    Warning verify(String id, WarningVerification verification, WriteContext context);

    /**
     * Closes the warning with exactly one disposition, and makes its effect on enrolments (a closed warning is a
     * 409):
     * <ul>
     * <li>TERMINATE_ASSISTANCE after a death its verification confirmed: the enrolments that paid only for the
     * deceased — a person-level enrolment covering only them, a household-level one of a household with no other
     * active member — end with reason DECEASED, so they leave the next payroll; enrolments that still pay for
     * other members are left as they are (the warning says to recalculate them); the member is ended on the date
     * of death (not the household's head, who stays until a new head is named).</li>
     * <li>TERMINATE_ASSISTANCE otherwise: the household's live enrolments covering the person end with reason
     * INELIGIBLE (never DECEASED without a confirmed death).</li>
     * <li>DISMISS needs a reason, restores the enrolments a reported death suspended, and keeps the fact from ever
     * raising a warning again.</li>
     * <li>INCLUDE_IN_ASSISTANCE and LINK_TO_SERVICES record what was done; a death report still holding payment
     * back must be terminated or dismissed instead (409).</li>
     * </ul>
     */
    Warning dispose(String id, WarningDisposition disposition, WriteContext context);

    /** Open warnings per street (one street, or every street when null). */
    List<StreetWarningSummary> summary(String street);
}
