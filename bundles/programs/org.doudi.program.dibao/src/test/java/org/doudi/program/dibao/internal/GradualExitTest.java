package org.doudi.program.dibao.internal;

import static org.doudi.program.dibao.internal.DibaoRulesTest.failed;
import static org.doudi.program.dibao.internal.DibaoRulesTest.rule;
import static org.doudi.program.dibao.internal.DibaoRulesTest.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.IncomeType;
import org.junit.Test;

/** The gradual exit (渐退期): income risen through work keeps the benefit, on the income before the work. */
public class GradualExitTest {

    private static final LocalDate ON_DIBAO_SINCE = LocalDate.of(2021, 1, 1);
    private static final LocalDate WORK_FROM = LocalDate.of(2022, 3, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2022, 8, 31);

    /** One person on dibao with 500.00 of other income who took a job paying 2,000.00 from 2022-03-01. */
    private static Household tookAJob(LocalDate asOf, String tag, LocalDate tagSince, IncomeType newIncome) {
        TestHousehold b = TestHousehold.asOf(asOf).person("a", 45);
        if (tag != null) {
            b.tag(tag, tagSince);
        }
        return b.income(IncomeType.OTHER, "500.00", null).income(newIncome, "2000.00", WORK_FROM)
                .perCapitaIncome("1400.00").build();
    }

    @Test
    public void benefitContinuesOnTheIncomeBeforeTheWorkUntilThePeriodEnds() {
        Household h = tookAJob(LAST_DAY, IdentityTags.DIBAO, ON_DIBAO_SINCE, IncomeType.WAGE);
        DibaoRules r = rules();
        List<RuleOutcome> outcomes = r.eligibility(h, LAST_DAY);
        assertEquals(List.of(), failed(outcomes));
        RuleOutcome income = rule(outcomes, "income");
        assertEquals("gradual exit (渐退期) until 2022-08-31: income rose through work to 1,400.00; benefit continues "
                + "on the income before the work, 500.00 (below standard 1,330.00)", income.detail());
        assertEquals(LAST_DAY, income.figures().get("gradualExitUntil"));
        assertEquals(new BigDecimal("500.00"), income.figures().get("incomeBeforeWork"));
        Benefit b = r.benefit(h, LAST_DAY);
        assertEquals(new BigDecimal("830.00"), b.monthlyAmount());
        assertEquals("(1,330.00 − 500.00) × 1 covered member = 830.00 (gradual exit: on the income before the work)",
                b.breakdown().get(0).detail());
    }

    @Test
    public void theDayTheWorkBeginsIsInsideThePeriod() {
        assertEquals(List.of(), failed(rules().eligibility(
                tookAJob(WORK_FROM, IdentityTags.DIBAO, ON_DIBAO_SINCE, IncomeType.BUSINESS), WORK_FROM)));
    }

    @Test
    public void theDayAfterThePeriodEndsTheRisenIncomeCounts() {
        LocalDate after = LAST_DAY.plusDays(1);
        List<RuleOutcome> outcomes = rules().eligibility(
                tookAJob(after, IdentityTags.DIBAO, ON_DIBAO_SINCE, IncomeType.WAGE), after);
        assertEquals(List.of("income"), failed(outcomes));
        assertEquals("per-capita income 1,400.00 is not below standard 1,330.00", rule(outcomes, "income").detail());
    }

    @Test
    public void thePeriodIsConfigurable() {
        LocalDate after = LAST_DAY.plusDays(1);
        DibaoRules r = rules(DibaoParameters.GRADUAL_EXIT_MONTHS, "2021-07-01:7");
        List<RuleOutcome> outcomes = r.eligibility(tookAJob(after, IdentityTags.DIBAO, ON_DIBAO_SINCE, IncomeType.WAGE),
                after);
        assertEquals(List.of(), failed(outcomes));
        assertTrue(rule(outcomes, "income").detail().startsWith("gradual exit (渐退期) until 2022-09-30:"));
        DibaoRules none = rules(DibaoParameters.GRADUAL_EXIT_MONTHS, "2021-07-01:0");
        assertEquals(List.of("income"), failed(none.eligibility(
                tookAJob(LAST_DAY, IdentityTags.DIBAO, ON_DIBAO_SINCE, IncomeType.WAGE), LAST_DAY)));
    }

    @Test
    public void onlyHouseholdsOnDibaoHaveAGradualExit() {
        assertEquals(List.of("income"), failed(rules().eligibility(
                tookAJob(LAST_DAY, null, null, IncomeType.WAGE), LAST_DAY)));
        assertEquals(List.of("income"), failed(rules().eligibility(
                tookAJob(LAST_DAY, IdentityTags.DIBAO_EDGE, ON_DIBAO_SINCE, IncomeType.WAGE), LAST_DAY)));
        assertEquals(List.of("income"), failed(rules().eligibility(
                tookAJob(LAST_DAY, IdentityTags.DIBAO, LAST_DAY.plusDays(1), IncomeType.WAGE), LAST_DAY)));
    }

    @Test
    public void anEnrolmentInDibaoOpensTheGradualExitToo() {
        Household enrolled = tookAJob(LAST_DAY, null, null, IncomeType.WAGE).withEnrolledPrograms(List.of("dibao"));
        assertEquals(List.of(), failed(rules().eligibility(enrolled, LAST_DAY)));
        Household elsewhere = tookAJob(LAST_DAY, null, null, IncomeType.WAGE).withEnrolledPrograms(List.of("dibao-edge"));
        assertEquals(List.of("income"), failed(rules().eligibility(elsewhere, LAST_DAY)));
    }

    @Test
    public void onlyWorkIncomeOpensAGradualExit() {
        assertEquals(List.of("income"), failed(rules().eligibility(
                tookAJob(LAST_DAY, IdentityTags.DIBAO, ON_DIBAO_SINCE, IncomeType.PENSION), LAST_DAY)));
    }

    @Test
    public void noGradualExitWhenTheIncomeBeforeTheWorkWasNotBelowTheStandard() {
        Household h = TestHousehold.asOf(LAST_DAY).person("a", 45).tag(IdentityTags.DIBAO, ON_DIBAO_SINCE)
                .income(IncomeType.OTHER, "1330.00", null).income(IncomeType.WAGE, "2000.00", WORK_FROM)
                .perCapitaIncome("2230.00").build();
        List<RuleOutcome> outcomes = rules().eligibility(h, LAST_DAY);
        assertEquals(List.of("income"), failed(outcomes));
        assertTrue(rule(outcomes, "income").detail().contains("it would be 1,330.00, not below it either"));
    }

    @Test
    public void theNewestWorkSetsTheEndOfThePeriod() {
        LocalDate asOf = LocalDate.of(2022, 6, 1);
        Household h = TestHousehold.asOf(asOf).person("a", 45).tag(IdentityTags.DIBAO, ON_DIBAO_SINCE)
                .income(IncomeType.OTHER, "300.00", null).income(IncomeType.WAGE, "900.00", WORK_FROM)
                .person("b", 40).income(IncomeType.BUSINESS, "1500.00", LocalDate.of(2022, 5, 15))
                .perCapitaIncome("1350.00").build();
        DibaoRules r = rules();
        List<RuleOutcome> outcomes = r.eligibility(h, asOf);
        assertEquals(List.of(), failed(outcomes));
        assertTrue(rule(outcomes, "income").detail().startsWith("gradual exit (渐退期) until 2022-11-14:"));
        // income before the work 300.00 / 2 = 150.00; (1,330.00 − 150.00) × 2
        assertEquals(new BigDecimal("2360.00"), r.benefit(h, asOf).monthlyAmount());
    }
}
