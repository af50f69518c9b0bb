package org.doudi.api.supervision;

import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * Dishonesty records (失信记录, SPEC §9 and §12): people who obtained assistance by false reporting, concealment or
 * deception; the overpayment from the payment history, the fine, the recovery; the joint-punishment list. A new
 * application by a listed person carries the {@code DISHONESTY_LISTED} flag. Every write is audited in its
 * transaction; so is every check of an ID number against the list.
 */
public interface DishonestyService {

    /** Records a person: computes the overpayment and fine, optionally ends the enrolments (reason FRAUD). */
    DishonestyRecord record(DishonestyRecordRequest request, WriteContext context);

    /** The record. */
    Optional<DishonestyRecord> find(String id);

    /** Records matching the query. */
    Page<DishonestyRecord> search(DishonestyQuery query);

    /** Records a recovered payment (422 when more than what is outstanding). */
    DishonestyRecord recordRecovery(String id, DishonestyRecoveryRequest request, WriteContext context);

    /** Lifts the listing (409 when it was already lifted or has ended). */
    DishonestyRecord lift(String id, DishonestyLiftRequest request, WriteContext context);

    /** Whether the person with {@code idNumber} is listed today; the check is audited as a read by {@code actor}. */
    DishonestyCheck check(String idNumber, String actor);
}
