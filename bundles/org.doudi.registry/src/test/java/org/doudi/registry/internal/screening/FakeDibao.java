package org.doudi.registry.internal.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.doudi.api.DoudiException;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.AssetLimits;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;

/**
 * A dibao-like program for tests and the harness: per-capita income below the standard (1,420 from 2023-07-01,
 * 1,510 from 2024-07-01), dibao's asset limits (the shared {@link AssetLimits}), at least one member; pays
 * (standard − per-capita income) × members. Fails on households {@link #failOn} picks, as a program does on data it
 * cannot take.
 */
public final class FakeDibao implements AssistanceProgram {

    private final ProgramParameters parameters;
    private final Predicate<Household> failOn;

    public FakeDibao() {
        this(h -> false, "2023-07-01:1420.00, 2024-07-01:1510.00");
    }

    public FakeDibao(Predicate<Household> failOn, String standard) {
        this.failOn = failOn;
        parameters = ProgramParameters.builder("dibao")
                .standard("standard", "monthly standard per person", standard)
                .series("monetarySmall", "monetary assets per person, 1–2 people", "2023-07-01:65000")
                .series("monetaryLarge", "monetary assets per person, 3 or more", "2023-07-01:60000")
                .series("floorArea", "city per-capita floor area", "2023-07-01:37.2").build();
    }

    @Override
    public ProgramInfo info() {
        return new ProgramInfo("dibao", "最低生活保障", "Minimum livelihood guarantee", "test", true, 12, List.of());
    }

    @Override
    public ProgramParameters parameters() {
        return parameters;
    }

    @Override
    public List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        if (failOn.test(household)) {
            throw new DoudiException(422, "validation", "disabilityGrade: 7 is out of range 1–4");
        }
        BigDecimal standard = parameters.valueOn("standard", asOf);
        BigDecimal income = household.perCapitaMonthlyIncome();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("perCapitaIncome", income);
        f.put("standard", standard);
        boolean below = income.compareTo(standard) < 0;
        List<RuleOutcome> out = new ArrayList<>();
        out.add(RuleOutcome.of("income", below, "per-capita income " + Amounts.yuan(income) + (below ? " < " : " ≥ ")
                + "standard " + Amounts.yuan(standard), f));
        out.addAll(new AssetLimits(parameters.valueOn("monetarySmall", asOf), parameters.valueOn("monetaryLarge", asOf),
                parameters.valueOn("floorArea", asOf)).test(household, asOf));
        int members = MemberFacts.active(household, asOf).size();
        out.add(RuleOutcome.of("members", members > 0, members + " active members", Map.of("activeMembers", members)));
        return out;
    }

    @Override
    public Benefit benefit(Household household, LocalDate asOf) {
        BigDecimal standard = parameters.valueOn("standard", asOf);
        int n = household.memberCount();
        BigDecimal base = standard.subtract(household.perCapitaMonthlyIncome()).multiply(BigDecimal.valueOf(n));
        return Benefit.of(List.of(new BenefitLine("base", "(" + Amounts.yuan(standard) + " − "
                + Amounts.yuan(household.perCapitaMonthlyIncome()) + ") × " + n + " = " + Amounts.yuan(base), base)));
    }
}
