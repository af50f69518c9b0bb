package org.doudi.api.supervision;

import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * Card and passbook custody registration (卡折代管备案): who holds a recipient's bank card or passbook, with the
 * recipient's or guardian's consent. A custodian who is a member of staff (their ID number registered as their own,
 * {@link StaffRelativeRelation#SELF}) is flagged on every read and logged as a warning when recorded. Every write is
 * audited in its transaction; street scoping is the caller's concern.
 */
public interface CustodyService {

    /**
     * Records a custody.
     *
     * @throws org.doudi.api.ValidationException for a missing or invalid field, or a recipient who is not an active
     *         member of the household
     * @throws org.doudi.api.DoudiException 404 for an unknown household; 409 when the same item of the same
     *         recipient and account is already in someone's custody
     */
    CustodyRecord register(CustodyRequest request, WriteContext context);

    /** Ends an active custody; 404 when unknown, 409 when already ended. */
    CustodyRecord end(String id, CustodyEnd end, WriteContext context);

    /** The record with this id. */
    Optional<CustodyRecord> find(String id);

    /** Records, the active ones first, then by street and since. */
    Page<CustodyRecord> search(CustodyQuery query);
}
