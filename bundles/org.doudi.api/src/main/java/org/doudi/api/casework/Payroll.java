package org.doudi.api.casework;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The payment roll (发放名册) of a month: every enrolment active on the first day of the month, with totals.
 * Suspended and terminated enrolments are not on it.
 *
 * @param month             the month
 * @param programId         the program, or null for all
 * @param street            the street, or null for all
 * @param lines             the payments, by street then household
 * @param totalsByStreet    street → total
 * @param totalsByProgram   program → total
 * @param total             the sum of all lines
 * @param count             the number of lines
 */
public record Payroll(YearMonth month, String programId, String street, List<PayrollLine> lines,
        Map<String, BigDecimal> totalsByStreet, Map<String, BigDecimal> totalsByProgram, BigDecimal total, int count) {
}
