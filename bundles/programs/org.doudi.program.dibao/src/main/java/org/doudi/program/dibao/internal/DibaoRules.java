package org.doudi.program.dibao.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.AssetLimits;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;

/**
 * The rules of the minimum livelihood guarantee (最低生活保障, 低保) under one set of parameters: eligibility
 * (income below the standard, with the gradual exit; assets within limits; at least one covered member) and
 * the monthly benefit, (standard − per-capita income) × covered members plus the classified add-ons
 * (分类施保). Plain Java, testable without OSGi.
 */
final class DibaoRules {

    private final ProgramParameters parameters;
    private final BiFunction<Household, LocalDate, BigDecimal> perCapitaIncomeOf;

    /**
     * @param parameters        the program's parameters
     * @param perCapitaIncomeOf the per-capita monthly income of a household as given, as of a date (the
     *                          registry's derivation), for the gradual exit's income before the work
     */
    DibaoRules(ProgramParameters parameters, BiFunction<Household, LocalDate, BigDecimal> perCapitaIncomeOf) {
        this.parameters = parameters;
        this.perCapitaIncomeOf = perCapitaIncomeOf;
    }

    ProgramParameters parameters() {
        return parameters;
    }

    /** One outcome per rule, in order: income, monetary-assets, vehicles, real-estate, members. */
    List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        List<RuleOutcome> out = new ArrayList<>();
        out.add(income(household, asOf).outcome());
        out.addAll(new AssetLimits(value(DibaoParameters.MONETARY_SMALL, asOf),
                value(DibaoParameters.MONETARY_LARGE, asOf), value(DibaoParameters.FLOOR_AREA, asOf))
                .test(household, asOf));
        out.add(membersRule(household, asOf));
        return out;
    }

    /** The monthly benefit of an eligible household; {@link Benefit#none} naming the failed rules otherwise. */
    Benefit benefit(Household household, LocalDate asOf) {
        List<String> failed = eligibility(household, asOf).stream().filter(r -> !r.passed()).map(RuleOutcome::rule)
                .collect(Collectors.toList());
        if (!failed.isEmpty()) {
            return Benefit.none("not eligible (" + String.join(", ", failed) + ")");
        }
        BigDecimal standard = value(DibaoParameters.STANDARD, asOf);
        IncomeRule.Finding income = income(household, asOf);
        List<Member> covered = covered(household, asOf);
        int n = covered.size();
        BigDecimal base = standard.subtract(income.incomeForBenefit()).multiply(BigDecimal.valueOf(n));
        List<BenefitLine> lines = new ArrayList<>();
        lines.add(new BenefitLine("base", "(" + Amounts.yuan(standard) + " − " + Amounts.yuan(income.incomeForBenefit())
                + ") × " + n + " covered member" + (n == 1 ? "" : "s") + " = " + Amounts.yuan(base)
                + (income.gradualExit() ? " (gradual exit: on the income before the work)" : ""), base));
        addOns(covered, asOf).forEach((category, people) -> {
            BigDecimal rate = value(category.parameter(), asOf);
            BigDecimal amount = rate.multiply(standard).multiply(BigDecimal.valueOf(people));
            lines.add(new BenefitLine(category.item(), "add-on " + category.label() + ": " + Amounts.factor(rate)
                    + " × " + Amounts.yuan(standard) + " × " + people + " = " + Amounts.yuan(amount), amount));
        });
        return Benefit.of(lines);
    }

    private IncomeRule.Finding income(Household household, LocalDate asOf) {
        return IncomeRule.test(household, asOf, value(DibaoParameters.STANDARD, asOf),
                parameters.intValueOn(DibaoParameters.GRADUAL_EXIT_MONTHS, asOf), perCapitaIncomeOf);
    }

    /** Members active on {@code asOf}; those without Shanghai hukou only when non-local members are covered. */
    private List<Member> covered(Household household, LocalDate asOf) {
        boolean nonLocal = parameters.intValueOn(DibaoParameters.COVER_NON_LOCAL, asOf) == 1;
        return MemberFacts.active(household, asOf).stream()
                .filter(m -> nonLocal || !Boolean.FALSE.equals(m.hukouLocal())).collect(Collectors.toList());
    }

    private RuleOutcome membersRule(Household household, LocalDate asOf) {
        int active = MemberFacts.active(household, asOf).size();
        int covered = covered(household, asOf).size();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("activeMembers", active);
        f.put("coveredMembers", covered);
        String notCovered = covered < active ? "; " + (active - covered)
                + " without Shanghai hukou not covered (counted in per-capita income)" : "";
        return RuleOutcome.of("members", covered > 0, covered + " of " + active + " active member"
                + (active == 1 ? "" : "s") + " covered" + notCovered, f);
    }

    /** Number of covered members per add-on category, each member in the category of their highest rate. */
    private Map<AddOnCategory, Integer> addOns(List<Member> covered, LocalDate asOf) {
        int elderlyAge = parameters.intValueOn(DibaoParameters.ELDERLY_AGE, asOf);
        int minorAge = parameters.intValueOn(DibaoParameters.MINOR_AGE, asOf);
        Map<AddOnCategory, Integer> counts = new EnumMap<>(AddOnCategory.class);
        for (Member m : covered) {
            AddOnCategory best = null;
            BigDecimal bestRate = BigDecimal.ZERO;
            for (AddOnCategory c : AddOnCategory.values()) {
                BigDecimal rate = value(c.parameter(), asOf);
                if (rate.compareTo(bestRate) > 0 && c.includes(m, asOf, elderlyAge, minorAge)) {
                    best = c;
                    bestRate = rate;
                }
            }
            if (best != null) {
                counts.merge(best, 1, Integer::sum);
            }
        }
        return counts;
    }

    private BigDecimal value(String name, LocalDate asOf) {
        return parameters.valueOn(name, asOf);
    }
}
