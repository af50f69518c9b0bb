package org.doudi.api.supervision;

import java.time.LocalDate;

/**
 * The end of a custody: the card or passbook went back to the recipient, or to another custodian (register that one
 * anew) ({@code POST /api/custody-records/{id}/end}).
 *
 * @param endedOn the day it ended ({@code yyyy-MM-dd}; today when absent; not before the custody began, not in the
 *                future)
 * @param reason  why (required)
 */
public record CustodyEnd(LocalDate endedOn, String reason) {
}
