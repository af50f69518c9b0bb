package org.doudi.api.supervision;

import java.math.BigDecimal;

/**
 * Records a dishonesty record: {@code POST /api/dishonesty-records}. The overpayment is computed from the payment
 * history, not given.
 *
 * @param idNumber           the person's ID number: a member (present or past) of the household (required)
 * @param householdId        the household that was paid (required)
 * @param programId          the program it was paid under (required; the household has an enrolment in it)
 * @param kind               how assistance was obtained (required)
 * @param decision           the decision, e.g. its document number and finding (required, at most 500 characters)
 * @param decidedOn          the day of the decision, {@code yyyy-MM-dd}, not after today (required)
 * @param overpaidFrom       the first month overpaid, {@code yyyy-MM} (required)
 * @param overpaidTo         the last month overpaid, {@code yyyy-MM}, from {@code overpaidFrom} to the month of the
 *                           decision, at most 120 months (required)
 * @param fineMultiple       the fine as a multiple of the overpayment, 1 to 3, at most two decimals (required)
 * @param listedUntil        the last day of the listing, {@code yyyy-MM-dd}, on or after the decision (optional:
 *                           listed until lifted)
 * @param terminateEnrolment true to end the household's live enrolments in the program with reason FRAUD on the
 *                           day of the decision, in the same transaction (optional, false when absent)
 */
public record DishonestyRecordRequest(String idNumber, String householdId, String programId, DishonestyKind kind,
        String decision, String decidedOn, String overpaidFrom, String overpaidTo, BigDecimal fineMultiple,
        String listedUntil, Boolean terminateEnrolment) {
}
