package org.doudi.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.doudi.api.person.ResidentIdNumber;

/**
 * Who holds a recipient's bank card or passbook, since when, why, and with whose consent (卡折代管备案).
 *
 * @param id                 the record id
 * @param householdId        the recipient's household
 * @param street             its street
 * @param personId           the recipient
 * @param recipientName      their name
 * @param recipientIdNumber  their ID number (masked for roles that do not need it)
 * @param custodianName      who holds the item
 * @param custodianIdNumber  their ID number (masked for roles that do not need it)
 * @param custodianRelation  their relation to the recipient, or the organisation
 * @param custodianIsStaff   true when the custodian's ID number is a member of staff's own (registered as
 *                           {@code SELF} in the close-relative registration): an alert for supervision
 * @param custodianStaff     that staff member's user name, or null
 * @param custodianIsStaffRelative true when the custodian's ID number is registered (actively) as a close relative
 *                           of a member of staff: an alert for supervision as well
 * @param custodianRelativeOf that staff member's user name, or null
 * @param staffRegistration  the id of the close-relative registration the custodian matched (the {@code SELF} one
 *                           first), or null
 * @param item               card or passbook
 * @param account            the account, masked ({@code ****1234})
 * @param since              the day the custody began
 * @param reason             why
 * @param consentBy          the recipient or their guardian
 * @param consentName        who consented
 * @param consentOn          when
 * @param active             true until ended
 * @param endedOn            the day it ended, or null
 * @param endReason          why it ended, or null
 * @param recordedBy         who registered it
 * @param recordedAt         when
 * @param version            optimistic-locking version
 */
public record CustodyRecord(String id, String householdId, String street, String personId, String recipientName,
        String recipientIdNumber, String custodianName, String custodianIdNumber, String custodianRelation,
        boolean custodianIsStaff, String custodianStaff, boolean custodianIsStaffRelative,
        String custodianRelativeOf, String staffRegistration, CustodyItem item, String account, LocalDate since,
        String reason, CustodyConsent consentBy, String consentName, LocalDate consentOn, boolean active,
        LocalDate endedOn, String endReason, String recordedBy, Instant recordedAt, long version) {

    /** This record with both ID numbers masked. */
    public CustodyRecord masked() {
        return new CustodyRecord(id, householdId, street, personId, recipientName,
                ResidentIdNumber.mask(recipientIdNumber), custodianName, ResidentIdNumber.mask(custodianIdNumber),
                custodianRelation, custodianIsStaff, custodianStaff, custodianIsStaffRelative, custodianRelativeOf,
                staffRegistration, item, account, since, reason, consentBy,
                consentName, consentOn, active, endedOn, endReason, recordedBy, recordedAt, version);
    }
}
