package org.doudi.api.supervision;

import org.doudi.api.person.ResidentIdNumber;

/**
 * A case, enrolment or warning of a household with an active member whose ID number an active close-relative
 * registration names: that staff member may not decide it ({@code GET /api/staff-relatives/cases}).
 *
 * @param record         {@code CASE}, {@code ENROLMENT} or {@code WARNING}
 * @param recordId       the case, enrolment or warning id
 * @param status         its status now
 * @param programId      the program of a case or enrolment; the feed type of a warning
 * @param householdId    the household
 * @param street         the record's street
 * @param staff          the member of staff kept from deciding it
 * @param relation       how the member is related to the staff member
 * @param registrationId the registration
 * @param personName     the household member the registration matches
 * @param idNumber       their ID number (masked for roles that do not need it)
 * @param staffActed     true if the staff member nevertheless recorded a step of this record (a case step, an
 *                       enrolment change, or a warning's assignment, verification or disposition)
 */
public record StaffRelativeConflict(String record, String recordId, String status, String programId,
        String householdId, String street, String staff, StaffRelativeRelation relation, String registrationId,
        String personName, String idNumber, boolean staffActed) {

    /** This row with the ID number masked. */
    public StaffRelativeConflict masked() {
        return new StaffRelativeConflict(record, recordId, status, programId, householdId, street, staff, relation,
                registrationId, personName, ResidentIdNumber.mask(idNumber), staffActed);
    }
}
