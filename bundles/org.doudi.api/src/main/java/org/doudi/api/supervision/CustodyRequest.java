package org.doudi.api.supervision;

import java.time.LocalDate;

/**
 * A card or passbook custody as registered ({@code POST /api/custody-records}, 卡折代管备案).
 *
 * @param householdId         the recipient's household
 * @param personId            the recipient (a member of the household), or null when {@code idNumber} names them
 * @param idNumber            the recipient's ID number, or null when {@code personId} names them
 * @param custodianName       who holds the card or passbook
 * @param custodianIdNumber   their resident ID number (GB 11643)
 * @param custodianRelation   their relation to the recipient, or the organisation they hold it for (e.g. a care home)
 * @param item                {@code CARD} or {@code PASSBOOK}
 * @param account             the account the item belongs to (12 to 30 digits; shown masked)
 * @param since               the day the custody began (not in the future)
 * @param reason              why someone else holds it
 * @param consentBy           {@code RECIPIENT} or {@code GUARDIAN}
 * @param consentName         the name of the person who consented
 * @param consentOn           the day they consented (not in the future)
 */
public record CustodyRequest(String householdId, String personId, String idNumber, String custodianName,
        String custodianIdNumber, String custodianRelation, CustodyItem item, String account, LocalDate since,
        String reason, CustodyConsent consentBy, String consentName, LocalDate consentOn) {
}
