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

    /** Extends the deadline to 45 working days after acceptance, once, for one of the allowed reasons. */
    CaseFile extend(String id, ExtensionRequest request, WriteContext context);

    /** Cases matching the query. */
    Page<CaseFile> search(CaseQuery query);

    /**
     * Open cases whose deadline runs into a year whose holiday notice is not loaded (counted on weekdays alone,
     * provisional until the notice is loaded): operators are warned while there are any.
     */
    long provisionalDeadlines();
}
