package org.doudi.program.rigidexpenditure.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.AssetLimits;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.Member;

/**
 * The recognition rules of rigid-expenditure hardship families (刚性支出困难家庭, MCA 《刚性支出困难家庭认定办法》
 * 2024-10), in order: not already on dibao, special hardship or dibao-edge; annual per-capita income below the
 * city's per-capita disposable income; the asset limits ({@link AssetLimits}: three rules); and rigid
 * expenditure of the last 12 months reaching the configured share of the household's annual income.
 */
final class RigidExpenditureRules {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final Map<String, String> OTHER_PROGRAMS = Map.of(
            IdentityTags.DIBAO, "dibao (低保)",
            IdentityTags.SPECIAL_HARDSHIP, "special hardship (特困)",
            IdentityTags.DIBAO_EDGE, "dibao-edge (低保边缘)");
    private static final List<String> OTHER_TAGS = List.of(IdentityTags.DIBAO, IdentityTags.SPECIAL_HARDSHIP,
            IdentityTags.DIBAO_EDGE);

    private final ProgramParameters parameters;

    RigidExpenditureRules(ProgramParameters parameters) {
        this.parameters = parameters;
    }

    List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        List<RuleOutcome> out = new ArrayList<>();
        out.add(notOnOtherPrograms(household, asOf));
        out.add(income(household, asOf));
        out.addAll(new AssetLimits(parameters.valueOn("monetaryAssetsSmallHousehold", asOf),
                parameters.valueOn("monetaryAssetsLargeHousehold", asOf),
                parameters.valueOn("cityFloorAreaPerCapita", asOf)).test(household, asOf));
        out.add(rigidExpenditure(household, asOf));
        return out;
    }

    /**
     * The household is not enrolled in dibao, special hardship or dibao-edge, and no active member carries their
     * tag on {@code asOf}.
     */
    static RuleOutcome notOnOtherPrograms(Household household, LocalDate asOf) {
        List<String> found = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String program : List.of("dibao", "special-hardship", "dibao-edge")) {
            if (household.enrolledIn(program)) {
                found.add("the household is enrolled in " + program);
                codes.add("enrolment:" + program);
            }
        }
        for (Member m : MemberFacts.active(household, asOf)) {
            for (String tag : OTHER_TAGS) {
                if (MemberFacts.hasTag(m, tag, asOf)) {
                    found.add(m.name() + " carries " + tag + " (on " + OTHER_PROGRAMS.get(tag) + ")");
                    codes.add(m.personId() + ":" + tag);
                }
            }
        }
        return RuleOutcome.of("not-on-other-programs", found.isEmpty(), found.isEmpty()
                ? "no member is on dibao, special hardship or dibao-edge"
                : "already assisted: " + String.join("; ", found), Map.of("tagsFound", codes));
    }

    /** Per-capita monthly income × 12 strictly below the city's per-capita disposable income. */
    RuleOutcome income(Household household, LocalDate asOf) {
        BigDecimal city = parameters.valueOn("cityDisposableIncomePerCapita", asOf);
        BigDecimal annual = household.perCapitaMonthlyIncome().multiply(TWELVE).setScale(2, RoundingMode.HALF_UP);
        boolean ok = annual.compareTo(city) < 0;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("perCapitaMonthlyIncome", household.perCapitaMonthlyIncome());
        f.put("annualPerCapitaIncome", annual);
        f.put("cityDisposableIncomePerCapita", city);
        return RuleOutcome.of("income", ok, "annual per-capita income " + Amounts.yuan(annual)
                + (ok ? " < " : " is not below ") + "city per-capita disposable income " + Amounts.yuan(city), f);
    }

    /**
     * Rigid expenditure of the last 12 months reaches (≥) the share of the household's annual income: 40 % means
     * at least 40 %, as in Shanghai's earlier rule. The threshold is rounded half-up to the fen before comparing,
     * so that the figures in the reason are the ones compared. With no income any positive rigid expenditure
     * reaches the share; no rigid expenditure never does.
     */
    RuleOutcome rigidExpenditure(Household household, LocalDate asOf) {
        BigDecimal share = parameters.valueOn("rigidShareOfIncome", asOf);
        int members = household.memberCount() != null ? household.memberCount()
                : MemberFacts.active(household, asOf).size();
        BigDecimal income = household.perCapitaMonthlyIncome().multiply(BigDecimal.valueOf(members)).multiply(TWELVE)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal threshold = share.multiply(income).setScale(2, RoundingMode.HALF_UP);
        BigDecimal spent = household.rigidExpenditureLast12Months();
        boolean ok = spent.signum() > 0 && spent.compareTo(threshold) >= 0;
        String percent = Amounts.factor(share.multiply(BigDecimal.valueOf(100))) + " %";
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("rigidExpenditureLast12Months", spent);
        f.put("householdAnnualIncome", income);
        f.put("share", share);
        f.put("threshold", threshold);
        String detail = spent.signum() == 0
                ? "no rigid expenditure in the last 12 months (household annual income " + Amounts.yuan(income) + ")"
                : "rigid expenditure of the last 12 months " + Amounts.yuan(spent) + (ok ? " reaches " : " is below ")
                        + percent + " of household annual income " + Amounts.yuan(income) + " ("
                        + Amounts.yuan(threshold) + ")";
        return RuleOutcome.of("rigid-expenditure", ok, detail, f);
    }
}
