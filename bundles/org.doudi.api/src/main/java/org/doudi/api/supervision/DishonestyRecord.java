package org.doudi.api.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dishonesty record (失信记录): a person who obtained assistance by false reporting, concealment or deception,
 * the decision, the overpayment computed from the payment history, the fine (1–3 × the overpayment, SPEC §12), what
 * was recovered, and the listing for joint punishment (一处失信、处处受限).
 *
 * <p>The overpayment is the sum, over each month from {@code overpaidFrom} to {@code overpaidTo} (months that are
 * over only), of the monthly amount of every enrolment of the household in the program that was on that month's
 * payment roll (active on the month's first day, as the payroll counts it) and actually paid — a month a stored
 * reconciliation found ON_ROLL_NOT_PAID is left out and named in {@code overpaymentNote}; {@link #months()} shows
 * each. An enrolment-month is claimed by one record in force only (a second claim is refused with a 409). The fine is {@code fineMultiple ×
 * overpaidAmount}, rounded half-up to the fen. A person is listed from the decision day until {@code listedUntil}
 * (inclusive) or the day the listing is lifted.
 *
 * @param id                  the record id
 * @param idNumber            the person's ID number (masked for roles that do not see full ID numbers)
 * @param name                the person's name
 * @param householdId         the household that was paid
 * @param street              the household's street when recorded
 * @param programId           the program
 * @param kind                how assistance was obtained
 * @param decision            the decision (document number and what it says)
 * @param decidedOn           the day of the decision; the listing starts then
 * @param overpaidFrom        the first month overpaid, {@code yyyy-MM}
 * @param overpaidTo          the last month overpaid, {@code yyyy-MM}
 * @param months              the months on the roll in that period, with their amounts
 * @param overpaymentNote     what the overpayment leaves out and why (months on the roll that a stored reconciliation
 *                            found not paid, ON_ROLL_NOT_PAID), or null
 * @param overpaidAmount      the overpayment, yuan
 * @param fineMultiple        1 to 3
 * @param fineAmount          the fine, yuan
 * @param amountDue           overpayment plus fine
 * @param recoveredAmount     what was recovered so far
 * @param outstanding         what is still due
 * @param recoveries          the payments recovered, by number
 * @param terminatedEnrolments the enrolments ended (reason FRAUD) with the record
 * @param listed              on the joint-punishment list today
 * @param listedUntil         the last day of the listing, if it has one
 * @param liftedOn            the day the listing was lifted, if it was
 * @param liftReason          why it was lifted
 * @param recordedBy          who recorded it
 * @param recordedAt          when
 * @param version             optimistic-locking version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DishonestyRecord(String id, String idNumber, String name, String householdId, String street,
        String programId, DishonestyKind kind, String decision, LocalDate decidedOn, String overpaidFrom,
        String overpaidTo, List<DishonestyMonth> months, String overpaymentNote, BigDecimal overpaidAmount, BigDecimal fineMultiple,
        BigDecimal fineAmount, BigDecimal amountDue, BigDecimal recoveredAmount, BigDecimal outstanding,
        List<DishonestyRecovery> recoveries, List<String> terminatedEnrolments, boolean listed, LocalDate listedUntil,
        LocalDate liftedOn, String liftReason, String recordedBy, Instant recordedAt, long version) {

    /** This record with the ID number as given (masked for a caller that may not see it). */
    public DishonestyRecord withIdNumber(String shown) {
        return new DishonestyRecord(id, shown, name, householdId, street, programId, kind, decision, decidedOn,
                overpaidFrom, overpaidTo, months, overpaymentNote, overpaidAmount, fineMultiple, fineAmount, amountDue, recoveredAmount,
                outstanding, recoveries, terminatedEnrolments, listed, listedUntil, liftedOn, liftReason, recordedBy,
                recordedAt, version);
    }
}
