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
     * Records the offline verification (409 unless OPEN or ASSIGNED). For a reported death: confirmed
     * terminates the enrolments it suspended (reason DECEASED) and ends the member; not confirmed restores them.
     */
    Warning verify(String id, WarningVerification verification, WriteContext context);

    /**
     * Closes the warning with exactly one disposition. TERMINATE_ASSISTANCE ends the household's live
     * enrolments covering the person, so they leave the next payroll; DISMISS needs a reason and keeps the fact
     * from ever raising a warning again. A closed warning is a 409.
     */
    Warning dispose(String id, WarningDisposition disposition, WriteContext context);

    /** Open warnings per street (one street, or every street when null). */
    List<StreetWarningSummary> summary(String street);
}
