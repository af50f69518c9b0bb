package org.doudi.api.supervision;

import java.util.List;
import java.util.Optional;
import org.doudi.api.WriteContext;

/**
 * Close-relative registration (近亲属备案, no 人情保/关系保): staff register their close relatives (and once their own
 * ID number, as {@link StaffRelativeRelation#SELF}); the records of those relatives' households are flagged and
 * decided by someone else. Every write is audited in its transaction. Who may register for whom is the caller's
 * concern (the REST layer lets staff register their own, district administrators anyone's).
 */
public interface StaffRelativeService {

    /**
     * Registers a person for {@code request.staff()} (required here).
     *
     * @throws org.doudi.api.ValidationException for a missing or invalid field (ID number rules of GB 11643)
     * @throws org.doudi.api.DoudiException 409 when the staff member already registered that ID number, already has
     *         an active {@code SELF} registration, or another staff member registered the ID number as their own
     */
    StaffRelative register(StaffRelativeRequest request, WriteContext context);

    /** Ends an active registration; 404 when unknown, 409 when already ended. */
    StaffRelative end(String id, StaffRelativeEnd end, WriteContext context);

    /** The registration with this id. */
    Optional<StaffRelative> find(String id);

    /**
     * Registrations, the active ones first, by staff member.
     *
     * @param staff        one staff member's, or everyone's (null)
     * @param includeEnded also the ended ones
     */
    List<StaffRelative> list(String staff, boolean includeEnded);

    /**
     * Every case, enrolment and warning of a household with an active member an active registration names.
     *
     * @param staff  one staff member's, or everyone's (null)
     * @param street one street's, or every street's (null)
     */
    List<StaffRelativeConflict> conflicts(String staff, String street);
}
