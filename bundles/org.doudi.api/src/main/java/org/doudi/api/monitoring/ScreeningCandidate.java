package org.doudi.api.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A household that may now qualify: eligible on the screening day and not enrolled in the program.
 *
 * @param screeningId       the screening (its job id)
 * @param householdId       the household
 * @param street            its street
 * @param members           how many active members
 * @param perCapitaIncome   its per-capita monthly income on the day
 * @param monthlyAmount     what the program would pay a month, or null for a status program
 * @param previouslyRefused true if a case for the program was refused before
 * @param refusedOn         the last refusal's decision day, or null
 * @param refusalRules      the rules that failed then (e.g. {@code income-below-standard}), or null
 */
public record ScreeningCandidate(String screeningId, String householdId, String street, int members,
        BigDecimal perCapitaIncome, BigDecimal monthlyAmount, boolean previouslyRefused, LocalDate refusedOn,
        String refusalRules) {
}
