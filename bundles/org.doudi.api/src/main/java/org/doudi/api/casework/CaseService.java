package org.doudi.api.casework;

import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * Cases (SPEC §3). Every write checks the request whole first (422 naming each broken rule, nothing written),
 * then commits the change with its audit record in one transaction. An illegal move is a 409 naming the moves
 * allowed from where the case stands.
 */
public interface CaseService {

    /** Accepts an application: the deadline is 20 working days after {@code acceptedOn}. */
    CaseFile open(CaseApplication application, WriteContext context);

    /** The case, with {@code overdue} computed for today. */
    Optional<CaseFile> find(String id);

    /**
     * Moves the case on. Moving to {@code CONFIRMED} or {@code REFUSED} is the decision: the program evaluates the
     * household as of that day and the evaluation is kept; confirmation needs an eligible evaluation and the end
     * of public notice. Moving to {@code GRANTED} creates the enrolment.
     */
    CaseFile transition(String id, TransitionRequest request, WriteContext context);

    /**
     * Extends the deadline to 45 working days after acceptance, once, for one of the allowed reasons.
     * {@link ExtensionReason#PUBLIC_NOTICE_OBJECTION} needs at least one recorded objection (409 otherwise).
     */
    CaseFile extend(String id, ExtensionRequest request, WriteContext context);

    /**
     * Records an objection raised during public notice (公示异议), with who recorded it and when: only while the
     * case is on public notice (409 otherwise), raised between the day the notice started and its last day (422
     * on {@code raisedOn} otherwise).
     */
    CaseFile recordObjection(String id, ObjectionRequest request, WriteContext context);

    /**
     * Records a review (复核) or an administrative reconsideration (行政复议) against the case's decision, with its
     * own due day: only once the case is decided (confirmed, granted or refused; 409 otherwise), filed from the
     * decision day to the end of the appeal window (422 on {@code filedOn} otherwise). The appeals of a case are
     * numbered from 1.
     */
    CaseFile fileAppeal(String id, AppealRequest request, WriteContext context);

    /**
     * Records the outcome of appeal {@code number} of the case, once (409 when it already has one; 404 when there is
     * no such appeal). An {@link AppealOutcome#OVERTURNED} outcome leaves the case as it is: a new application is
     * made, or a new case opened.
     */
    CaseFile decideAppeal(String id, int number, AppealOutcomeRequest request, WriteContext context);

    /** Cases matching the query. */
    Page<CaseFile> search(CaseQuery query);

    /**
     * The provisional deadlines: open cases whose deadline, and undecided reviews (复核) whose due day, run into a
     * year whose holiday notice is not loaded (counted on weekdays alone, provisional until the notice is loaded):
     * operators are warned while there are any.
     */
    long provisionalDeadlines();
}
