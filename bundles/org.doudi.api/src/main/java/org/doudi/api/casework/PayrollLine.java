package org.doudi.api.casework;

import java.math.BigDecimal;

/**
 * One payment of a month's roll.
 *
 * @param enrolmentId  the enrolment
 * @param householdId  the household
 * @param programId    the program
 * @param street       the street
 * @param payeeAccount the account, masked
 * @param amount       yuan for the month
 */
public record PayrollLine(String enrolmentId, String householdId, String programId, String street,
        String payeeAccount, BigDecimal amount) {
}
