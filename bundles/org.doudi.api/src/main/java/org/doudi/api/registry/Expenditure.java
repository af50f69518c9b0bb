package org.doudi.api.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rigid expenditure of one member over a period (e.g. out-of-pocket medical costs in a quarter).
 *
 * @param personId the member (or {@code idNumber} when the household is first created)
 * @param idNumber the member's ID number, only to name the member in a create request
 * @param type     expenditure category
 * @param amount   total in yuan over the period, two decimals, not negative
 * @param from     first day of the period
 * @param to       last day of the period
 * @param source   where the figure comes from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Expenditure(String personId, String idNumber, ExpenditureType type, BigDecimal amount,
        LocalDate from, LocalDate to, String source) {
}
