package org.doudi.api.supervision;

import java.math.BigDecimal;

/**
 * One month of an overpayment: what the enrolment had on the payment roll of that month.
 *
 * @param month       the month, {@code yyyy-MM}
 * @param enrolmentId the enrolment paid
 * @param amount      its monthly amount on that roll, yuan
 */
public record DishonestyMonth(String month, String enrolmentId, BigDecimal amount) {
}
