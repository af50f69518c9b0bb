package org.doudi.program.dibao.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;

/**
 * Dibao's income rule (收入条件): per-capita monthly income strictly below the standard, with the gradual exit
 * (渐退期): a household on dibao whose income rose to the standard or above through work that began within the
 * last {@code gradualExitMonths} months stays eligible until that period ends, and its benefit goes on being
 * computed on the income before the work.
 */
final class IncomeRule {

    static final String ID = "income";

    private static final Set<IncomeType> WORK = Set.of(IncomeType.WAGE, IncomeType.BUSINESS);

    /**
     * The rule's outcome, and the per-capita income the benefit is computed on.
     *
     * @param outcome          the rule outcome
     * @param incomeForBenefit the household's per-capita income, or in gradual exit the income before the work
     * @param gradualExit      true when the rule passed only through the gradual exit
     */
    record Finding(RuleOutcome outcome, BigDecimal incomeForBenefit, boolean gradualExit) {
    }

    private IncomeRule() {
    }

    /**
     * Tests {@code household} against {@code standard}.
     *
     * @param perCapitaIncomeOf the per-capita monthly income of a household as given, as of a date (the
     *                          registry's derivation), used for the income before the work
     */
    static Finding test(Household household, LocalDate asOf, BigDecimal standard, int gradualExitMonths,
            BiFunction<Household, LocalDate, BigDecimal> perCapitaIncomeOf) {
        BigDecimal income = household.perCapitaMonthlyIncome();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("perCapitaMonthlyIncome", income);
        f.put("standard", standard);
        if (income.compareTo(standard) < 0) {
            return new Finding(RuleOutcome.pass(ID, "per-capita income " + Amounts.yuan(income) + " < standard "
                    + Amounts.yuan(standard), f), income, false);
        }
        String notBelow = "per-capita income " + Amounts.yuan(income) + " is not below standard "
                + Amounts.yuan(standard);
        List<IncomeItem> newWork = newWorkIncome(household, asOf, gradualExitMonths);
        boolean onDibao = household.enrolledIn("dibao") || MemberFacts.anyActiveHasTag(household, IdentityTags.DIBAO, asOf);
        if (newWork.isEmpty() || !onDibao) {
            return new Finding(RuleOutcome.fail(ID, notBelow, f), income, false);
        }
        BigDecimal before = perCapitaIncomeOf.apply(withoutIncome(household, newWork), asOf);
        LocalDate until = newWork.stream().map(IncomeItem::from).max(Comparator.naturalOrder()).orElseThrow()
                .plusMonths(gradualExitMonths).minusDays(1);
        f.put("incomeBeforeWork", before);
        f.put("gradualExitUntil", until);
        if (before.compareTo(standard) >= 0) {
            return new Finding(RuleOutcome.fail(ID, notBelow + "; without the work begun in the last "
                    + gradualExitMonths + " months it would be " + Amounts.yuan(before)
                    + ", not below it either: no gradual exit", f), income, false);
        }
        return new Finding(RuleOutcome.pass(ID, "gradual exit (渐退期) until " + until
                + ": income rose through work to " + Amounts.yuan(income)
                + "; benefit continues on the income before the work, " + Amounts.yuan(before)
                + " (below standard " + Amounts.yuan(standard) + ")", f), before, true);
    }

    /**
     * Wage and business income items that began within the gradual-exit period before {@code asOf}: on or
     * before {@code asOf}, and {@code asOf} before their start plus {@code months}.
     */
    static List<IncomeItem> newWorkIncome(Household household, LocalDate asOf, int months) {
        if (months <= 0 || household.incomes() == null) {
            return List.of();
        }
        return household.incomes().stream()
                .filter(i -> WORK.contains(i.type()) && i.from() != null && !i.from().isAfter(asOf)
                        && asOf.isBefore(i.from().plusMonths(months)))
                .collect(Collectors.toList());
    }

    private static Household withoutIncome(Household h, List<IncomeItem> left) {
        List<IncomeItem> kept = h.incomes().stream().filter(i -> !left.contains(i)).collect(Collectors.toList());
        return new Household(h.id(), h.street(), h.streetName(), h.streetBasis(), h.committee(), h.hukouAddress(),
                h.residenceAddress(), h.members(), kept, h.assets(), h.expenditures(), h.memberCount(),
                h.perCapitaMonthlyIncome(), h.perCapitaAssets(), h.perCapitaMonetaryAssets(),
                h.rigidExpenditureLast12Months(), h.peopleHouseholdSeparation(), h.nonLocalMembers(),
                h.complexComposition(), h.figuresAsOf(), h.version(), h.createdAt(), h.updatedAt(), null);
    }
}
