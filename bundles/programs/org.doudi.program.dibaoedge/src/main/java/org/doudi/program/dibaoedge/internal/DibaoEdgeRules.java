package org.doudi.program.dibaoedge.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.AssetLimits;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;

/**
 * The rules of dibao-edge recognition (最低生活保障边缘家庭认定) under one set of parameters: per-capita income at
 * or above the dibao standard but strictly below a multiple of it, and assets within limits. The dibao standard
 * is the dibao program's own parameter {@value #DIBAO_STANDARD}. Plain Java, testable without OSGi.
 */
final class DibaoEdgeRules {

    /** The name of the dibao program's standard. */
    static final String DIBAO_STANDARD = "standard";

    static final String NO_CASH = "dibao-edge recognition grants special assistance (medical, education, housing, "
            + "employment), no monthly cash";

    private final ProgramParameters parameters;
    private final AssistanceProgram dibao;

    /**
     * @param parameters the dibao-edge program's parameters
     * @param dibao      the dibao program, whose standard the income rules compare with
     */
    DibaoEdgeRules(ProgramParameters parameters, AssistanceProgram dibao) {
        this.parameters = parameters;
        this.dibao = dibao;
    }

    ProgramParameters parameters() {
        return parameters;
    }

    /** One outcome per rule, in order: above-dibao, income, monetary-assets, vehicles, real-estate. */
    List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        BigDecimal multiple = parameters.valueOn(DibaoEdgeParameters.INCOME_MULTIPLE, asOf);
        AssetLimits limits = new AssetLimits(parameters.valueOn(DibaoEdgeParameters.MONETARY_SMALL, asOf),
                parameters.valueOn(DibaoEdgeParameters.MONETARY_LARGE, asOf),
                parameters.valueOn(DibaoEdgeParameters.FLOOR_AREA, asOf));
        BigDecimal standard = dibao.parameters().valueOn(DIBAO_STANDARD, asOf);
        BigDecimal income = household.perCapitaMonthlyIncome();
        List<RuleOutcome> out = new ArrayList<>();
        out.add(aboveDibao(income, standard));
        out.add(belowLine(income, standard, multiple));
        out.addAll(limits.test(household, asOf));
        return out;
    }

    /** No monthly cash: recognition opens special assistance. */
    Benefit benefit() {
        return Benefit.none(NO_CASH);
    }

    private static RuleOutcome aboveDibao(BigDecimal income, BigDecimal standard) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("perCapitaMonthlyIncome", income);
        f.put("dibaoStandard", standard);
        boolean ok = income.compareTo(standard) >= 0;
        return RuleOutcome.of("above-dibao", ok, ok
                ? "per-capita income " + Amounts.yuan(income) + " ≥ dibao standard " + Amounts.yuan(standard)
                : "per-capita income " + Amounts.yuan(income) + " is below the dibao standard "
                        + Amounts.yuan(standard) + ": apply for dibao instead", f);
    }

    private static RuleOutcome belowLine(BigDecimal income, BigDecimal standard, BigDecimal multiple) {
        BigDecimal line = multiple.multiply(standard);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("perCapitaMonthlyIncome", income);
        f.put("dibaoStandard", standard);
        f.put("incomeMultiple", multiple);
        f.put("incomeLine", line);
        boolean ok = income.compareTo(line) < 0;
        String lineText = Amounts.factor(multiple) + " × " + Amounts.yuan(standard) + " = " + Amounts.yuan(line);
        return RuleOutcome.of("income", ok, "per-capita income " + Amounts.yuan(income)
                + (ok ? " < " : " is not below ") + lineText, f);
    }
}
