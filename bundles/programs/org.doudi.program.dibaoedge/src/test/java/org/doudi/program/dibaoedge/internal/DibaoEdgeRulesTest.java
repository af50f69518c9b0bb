package org.doudi.program.dibaoedge.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.Household;
import org.junit.Test;

public class DibaoEdgeRulesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);
    private static final String STANDARD_1330 = "2021-07-01:1330.00";

    static DibaoEdgeRules rules(String dibaoStandard, String... nameText) {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < nameText.length; i += 2) {
            texts.put(nameText[i], nameText[i + 1]);
        }
        ProgramParameters p = DibaoEdgeParameters.read(texts);
        assertTrue(p.problems().toString(), p.problems().isEmpty());
        return new DibaoEdgeRules(p, new FakeDibao(dibaoStandard));
    }

    static List<String> failed(List<RuleOutcome> outcomes) {
        return outcomes.stream().filter(r -> !r.passed()).map(RuleOutcome::rule).collect(Collectors.toList());
    }

    static RuleOutcome rule(List<RuleOutcome> outcomes, String id) {
        return outcomes.stream().filter(r -> r.rule().equals(id)).findFirst().orElseThrow();
    }

    private static List<RuleOutcome> couple(DibaoEdgeRules r, LocalDate asOf, String perCapitaIncome) {
        return r.eligibility(TestHousehold.of(2, asOf).perCapitaIncome(perCapitaIncome).build(), asOf);
    }

    @Test
    public void g4CoupleAboveTheDibaoStandardAndBelowTwiceItIsDibaoEdge() {
        List<RuleOutcome> outcomes = couple(rules(STANDARD_1330), DAY, "2000.00");
        assertEquals(List.of("above-dibao", "income", "monetary-assets", "vehicles", "real-estate"),
                outcomes.stream().map(RuleOutcome::rule).collect(Collectors.toList()));
        assertEquals(List.of(), failed(outcomes));
        assertEquals("per-capita income 2,000.00 ≥ dibao standard 1,330.00", rule(outcomes, "above-dibao").detail());
        assertEquals("per-capita income 2,000.00 < 2 × 1,330.00 = 2,660.00", rule(outcomes, "income").detail());
        assertEquals(new BigDecimal("2660.00"), rule(outcomes, "income").figures().get("incomeLine"));
    }

    @Test
    public void g4IncomeAtTwiceTheStandardIsNotBelowIt() {
        List<RuleOutcome> outcomes = couple(rules(STANDARD_1330), DAY, "2660.00");
        assertEquals(List.of("income"), failed(outcomes));
        assertEquals("per-capita income 2,660.00 is not below 2 × 1,330.00 = 2,660.00",
                rule(outcomes, "income").detail());
        assertEquals(List.of("income"), failed(couple(rules(STANDARD_1330), DAY, "2660.01")));
    }

    @Test
    public void oneFenBelowTheLineIsDibaoEdge() {
        assertEquals(List.of(), failed(couple(rules(STANDARD_1330), DAY, "2659.99")));
    }

    @Test
    public void belowTheDibaoStandardIsDibaoNotDibaoEdge() {
        List<RuleOutcome> below = couple(rules(STANDARD_1330), DAY, "1329.99");
        assertEquals(List.of("above-dibao"), failed(below));
        assertEquals("per-capita income 1,329.99 is below the dibao standard 1,330.00: apply for dibao instead",
                rule(below, "above-dibao").detail());
        List<RuleOutcome> at = couple(rules(STANDARD_1330), DAY, "1330.00");
        assertEquals(List.of(), failed(at));
        assertEquals("per-capita income 1,330.00 ≥ dibao standard 1,330.00", rule(at, "above-dibao").detail());
        assertEquals(List.of(), failed(couple(rules(STANDARD_1330), DAY, "1330.01")));
    }

    @Test
    public void multipleChangesOnItsEffectiveDate() {
        DibaoEdgeRules r = rules(STANDARD_1330, DibaoEdgeParameters.INCOME_MULTIPLE, "2021-07-01:2, 2025-01-01:1.5");
        assertEquals(List.of(), failed(couple(r, LocalDate.of(2024, 12, 31), "2000.00")));
        List<RuleOutcome> on = couple(r, LocalDate.of(2025, 1, 1), "2000.00");
        assertEquals(List.of("income"), failed(on));
        assertEquals("per-capita income 2,000.00 is not below 1.5 × 1,330.00 = 1,995.00", rule(on, "income").detail());
        assertEquals(List.of(), failed(couple(r, LocalDate.of(2025, 1, 1), "1994.99")));
    }

    @Test
    public void dibaoStandardChangesOnItsEffectiveDate() {
        DibaoEdgeRules r = rules("2021-07-01:1330.00, 2022-07-01:1420.00");
        LocalDate before = LocalDate.of(2022, 6, 30);
        LocalDate on = LocalDate.of(2022, 7, 1);
        assertEquals(List.of("income"), failed(couple(r, before, "2700.00")));
        List<RuleOutcome> after = couple(r, on, "2700.00");
        assertEquals(List.of(), failed(after));
        assertEquals("per-capita income 2,700.00 < 2 × 1,420.00 = 2,840.00", rule(after, "income").detail());
        assertEquals(List.of(), failed(couple(r, before, "1330.00")));
        assertEquals(List.of("above-dibao"), failed(couple(r, on, "1330.00")));
    }

    @Test
    public void assetLimitsApply() {
        DibaoEdgeRules r = rules(STANDARD_1330);
        Household at = TestHousehold.of(2, DAY).perCapitaIncome("2000.00").perCapitaMonetary("33000.00").build();
        Household over = TestHousehold.of(2, DAY).perCapitaIncome("2000.00").perCapitaMonetary("33000.01").build();
        assertEquals(List.of(), failed(r.eligibility(at, DAY)));
        assertEquals(List.of("monetary-assets"), failed(r.eligibility(over, DAY)));
        Household three = TestHousehold.of(3, DAY).perCapitaIncome("2000.00").perCapitaMonetary("30000.01").build();
        assertEquals(List.of("monetary-assets"), failed(r.eligibility(three, DAY)));
        Household car = TestHousehold.of(2, DAY).asset(AssetType.VEHICLE, "80000.00").perCapitaIncome("2000.00")
                .build();
        assertEquals(List.of("vehicles"), failed(r.eligibility(car, DAY)));
        DibaoEdgeRules higher = rules(STANDARD_1330, DibaoEdgeParameters.MONETARY_SMALL, "2021-07-01:50000.00");
        assertEquals(List.of(), failed(higher.eligibility(over, DAY)));
    }

    @Test
    public void everyRuleIsEvaluatedEvenAfterAFailure() {
        Household h = TestHousehold.of(2, DAY).asset(AssetType.VEHICLE, "80000.00").perCapitaIncome("1000.00")
                .perCapitaMonetary("40000.00").build();
        assertEquals(List.of("above-dibao", "monetary-assets", "vehicles"),
                failed(rules(STANDARD_1330).eligibility(h, DAY)));
    }

    @Test
    public void noMonthlyCash() {
        Benefit b = rules(STANDARD_1330).benefit();
        assertEquals(new BigDecimal("0.00"), b.monthlyAmount());
        assertEquals(DibaoEdgeRules.NO_CASH, b.breakdown().get(0).detail());
    }
}
