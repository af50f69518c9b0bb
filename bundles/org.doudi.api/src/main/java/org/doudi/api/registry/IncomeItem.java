package org.doudi.api.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An income item of one member. It counts in each calendar month from the month of {@code from} through the
 * month of {@code to}; without {@code from} it has been received throughout, without {@code to} it goes on.
 *
 * @param personId      the member (or {@code idNumber} when the household is first created)
 * @param idNumber      the member's ID number, only to name the member in a create request
 * @param type          kind of income
 * @param monthlyAmount yuan per month, two decimals, not negative
 * @param from          first day received, or null
 * @param to            last day received, or null
 * @param source        where the figure comes from (a department, the verification report, the applicant)
 * @param asOf          the date the source established the figure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncomeItem(String personId, String idNumber, IncomeType type, BigDecimal monthlyAmount,
        LocalDate from, LocalDate to, String source, LocalDate asOf) {
}
