package org.doudi.api.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A program's decision on a household as of a date: what {@code POST /api/programs/<id>/evaluations} answers.
 *
 * @param programId      the program
 * @param programVersion the program bundle's version that decided
 * @param householdId    the household
 * @param asOf           the date of the evaluation
 * @param eligible       true when every rule passed
 * @param monthlyAmount  the monthly amount in yuan (0.00 when not eligible or when the program pays no cash)
 * @param breakdown      how the amount was reached
 * @param reasons        one outcome per rule, in order
 * @param validUntil     the last day the decision holds before review, when eligible
 * @param parameters     the parameter values in force on {@code asOf}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramDecision(String programId, String programVersion, String householdId, LocalDate asOf,
        boolean eligible, BigDecimal monthlyAmount, List<BenefitLine> breakdown, List<RuleOutcome> reasons,
        LocalDate validUntil, Map<String, Object> parameters) {
}
