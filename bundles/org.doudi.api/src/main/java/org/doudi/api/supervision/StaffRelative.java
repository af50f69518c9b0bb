package org.doudi.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.doudi.api.person.ResidentIdNumber;

/**
 * A registered close relative of a member of staff (近亲属备案). While active, every case, enrolment and warning of a
 * household in which the person is an active member is flagged, and the staff member may not decide it.
 *
 * @param id           the registration id
 * @param staff        the member of staff (user name)
 * @param relation     how the person is related to them ({@code SELF}: the staff member's own ID number)
 * @param name         the person's name
 * @param idNumber     the person's ID number (masked for roles that do not need it)
 * @param note         what was recorded with it
 * @param active       true until it is ended
 * @param registeredBy who registered it (the staff member, or a district administrator)
 * @param registeredAt when
 * @param endedOn      the day it ended, or null
 * @param endReason    why it ended, or null
 * @param endedBy      who ended it, or null
 * @param version      optimistic-locking version
 */
public record StaffRelative(String id, String staff, StaffRelativeRelation relation, String name, String idNumber,
        String note, boolean active, String registeredBy, Instant registeredAt, LocalDate endedOn, String endReason,
        String endedBy, long version) {

    /** This registration with the ID number masked. */
    public StaffRelative masked() {
        return new StaffRelative(id, staff, relation, name, ResidentIdNumber.mask(idNumber), note, active,
                registeredBy, registeredAt, endedOn, endReason, endedBy, version);
    }
}
