package org.doudi.api.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One difference between the fund platform's payments and our payment roll for a month, with how it was settled.
 * Views mask the ID number for roles that do not need it and the accounts for all but district staff.
 *
 * @param reconciliationId the reconciliation
 * @param no               its number within the reconciliation (1, 2, …): platform rows in file order first,
 *                         then unpaid roll payments by street, household and program
 * @param kind             what is wrong
 * @param street           the household's street; null when the ID number is not in the registry
 * @param programId        the program (null for an {@link MismatchKind#UNREADABLE_ROW} whose program cannot be read)
 * @param householdId      our household, when found
 * @param enrolmentId      our enrolment, when found
 * @param idNumber         the platform row's ID number (null when it cannot be read); for
 *                         {@link MismatchKind#ON_ROLL_NOT_PAID} the household's first active member (the head)
 * @param line             the platform row's CSV line (null for ON_ROLL_NOT_PAID)
 * @param firstLine        for {@link MismatchKind#PAID_TWICE}: the line of the first PAID row
 * @param rollAmount       what our roll pays for the month, when the payment is on it
 * @param paidAmount       what the platform paid (null for ON_ROLL_NOT_PAID)
 * @param amount           the money at stake, yuan: the paid amount; for ON_ROLL_NOT_PAID the roll amount; for
 *                         AMOUNT_DIFFERS the signed difference paid − roll; for UNREADABLE_ROW the row's amount when
 *                         it can be read, else 0.00
 * @param rollAccount      the enrolment's payee account
 * @param paidAccount      the account the platform paid to
 * @param detail           what was found, in words (accounts masked, never a whole ID number); for UNREADABLE_ROW
 *                         which values could not be read and why
 * @param resolution       how it was settled; null while open
 * @param version          optimistic-locking version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mismatch(String reconciliationId, int no, MismatchKind kind, String street, String programId,
        String householdId, String enrolmentId, String idNumber, Long line, Long firstLine, BigDecimal rollAmount,
        BigDecimal paidAmount, BigDecimal amount, String rollAccount, String paidAccount, String detail,
        MismatchResolution resolution, long version) {

    /** This mismatch with the ID number and accounts replaced (masked views). */
    public Mismatch withIdentity(String idNumber, String rollAccount, String paidAccount) {
        return new Mismatch(reconciliationId, no, kind, street, programId, householdId, enrolmentId, idNumber, line,
                firstLine, rollAmount, paidAmount, amount, rollAccount, paidAccount, detail, resolution, version);
    }
}
