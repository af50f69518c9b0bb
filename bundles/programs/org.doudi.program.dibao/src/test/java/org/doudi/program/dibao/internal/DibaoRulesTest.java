package org.doudi.program.dibao.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.program.Benefit;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.junit.Test;

public class DibaoRulesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    /** Rules with the defaults, overridden by name/text pairs; the gradual exit's derivation is a simple sum. */
    static DibaoRules rules(String... nameText) {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < nameText.length; i += 2) {
            texts.put(nameText[i], nameText[i + 1]);
        }
        ProgramParameters p = DibaoParameters.read(texts);
        assertTrue(p.problems().toString(), p.problems().isEmpty());
        return new DibaoRules(p, DibaoRulesTest::simplePerCapitaIncome);
    }

    /** Stands in for the registry: the sum of the active members' monthly income items per active member. */
    static BigDecimal simplePerCapitaIncome(Household h, LocalDate asOf) {
        List<String> active = h.members().stream().filter(m -> m.activeOn(asOf)).map(Member::personId)
                .collect(Collectors.toList());
        BigDecimal sum = h.incomes().stream().filter(i -> active.contains(i.personId()))
                .map(i -> i.monthlyAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(active.size()), 2, RoundingMode.HALF_UP);
    }

    static List<String> failed(List<RuleOutcome> outcomes) {
        return outcomes.stream().filter(r -> !r.passed()).map(RuleOutcome::rule).collect(Collectors.toList());
    }

    static RuleOutcome rule(List<RuleOutcome> outcomes, String id) {
        return outcomes.stream().filter(r -> r.rule().equals(id)).findFirst().orElseThrow();
    }

    private static Household single(LocalDate asOf, String perCapitaIncome) {
        return TestHousehold.asOf(asOf).person("a", 45).perCapitaIncome(perCapitaIncome).build();
    }

    // --- G1, G2: the income rule and the base amount

    @Test
    public void g1HouseholdOfThreeBelowTheStandardGetsTheGapForEachMember() {
        Household h = TestHousehold.asOf(DAY).person("a", 40).person("b", 38).person("c", 10)
                .perCapitaIncome("800.00").build();
        DibaoRules r = rules();
        List<RuleOutcome> outcomes = r.eligibility(h, DAY);
        assertEquals(List.of("income", "monetary-assets", "vehicles", "real-estate", "members"),
                outcomes.stream().map(RuleOutcome::rule).collect(Collectors.toList()));
        assertEquals(List.of(), failed(outcomes));
        assertEquals("per-capita income 800.00 < standard 1,330.00", rule(outcomes, "income").detail());
        Benefit b = r.benefit(h, DAY);
        assertEquals(new BigDecimal("1590.00"), b.monthlyAmount());
        assertEquals(1, b.breakdown().size());
        assertEquals("base", b.breakdown().get(0).item());
        assertEquals("(1,330.00 − 800.00) × 3 covered members = 1,590.00", b.breakdown().get(0).detail());
    }

    @Test
    public void g2IncomeAtTheStandardIsNotBelowIt() {
        Household h = TestHousehold.asOf(DAY).person("a", 40).person("b", 38).person("c", 10)
                .perCapitaIncome("1330.00").build();
        DibaoRules r = rules();
        List<RuleOutcome> outcomes = r.eligibility(h, DAY);
        assertEquals(List.of("income"), failed(outcomes));
        String detail = rule(outcomes, "income").detail();
        assertEquals("per-capita income 1,330.00 is not below standard 1,330.00", detail);
        assertEquals(2, detail.split("1,330\\.00", -1).length - 1);
        assertEquals(new BigDecimal("0.00"), r.benefit(h, DAY).monthlyAmount());
        assertEquals("not eligible (income)", r.benefit(h, DAY).breakdown().get(0).detail());
    }

    @Test
    public void incomeOneFenBelowTheStandardPassesAndOneFenAboveFails() {
        DibaoRules r = rules();
        Household below = single(DAY, "1329.99");
        assertTrue(rule(r.eligibility(below, DAY), "income").passed());
        assertEquals(new BigDecimal("0.01"), r.benefit(below, DAY).monthlyAmount());
        List<RuleOutcome> above = r.eligibility(single(DAY, "1330.01"), DAY);
        assertEquals(List.of("income"), failed(above));
        assertEquals("per-capita income 1,330.01 is not below standard 1,330.00", rule(above, "income").detail());
    }

    @Test
    public void everyRuleIsEvaluatedEvenAfterAFailure() {
        Household h = TestHousehold.asOf(DAY).person("a", 45).asset(AssetType.VEHICLE, "50000.00", null)
                .perCapitaIncome("2000.00").perCapitaMonetary("40000.00").build();
        assertEquals(List.of("income", "monetary-assets", "vehicles"), failed(rules().eligibility(h, DAY)));
    }

    // --- G3: monetary assets

    @Test
    public void g3SinglePersonAtTheAssetLimitIsEligibleAndOneFenAboveIsNot() {
        DibaoRules r = rules();
        Household at = TestHousehold.asOf(DAY).person("a", 45).perCapitaMonetary("33000.00").build();
        assertEquals(List.of(), failed(r.eligibility(at, DAY)));
        assertEquals(new BigDecimal("1330.00"), r.benefit(at, DAY).monthlyAmount());
        Household over = TestHousehold.asOf(DAY).person("a", 45).perCapitaMonetary("33000.01").build();
        List<RuleOutcome> outcomes = r.eligibility(over, DAY);
        assertEquals(List.of("monetary-assets"), failed(outcomes));
        assertTrue(rule(outcomes, "monetary-assets").detail().contains("33,000.01"));
        assertTrue(rule(outcomes, "monetary-assets").detail().contains("33,000.00"));
        Household under = TestHousehold.asOf(DAY).person("a", 45).perCapitaMonetary("32999.99").build();
        assertEquals(List.of(), failed(r.eligibility(under, DAY)));
    }

    @Test
    public void householdsOfThreeHaveTheLowerAssetLimit() {
        DibaoRules r = rules();
        Household at = TestHousehold.asOf(DAY).person("a", 40).person("b", 40).person("c", 10)
                .perCapitaMonetary("30000.00").build();
        assertEquals(List.of(), failed(r.eligibility(at, DAY)));
        Household over = TestHousehold.asOf(DAY).person("a", 40).person("b", 40).person("c", 10)
                .perCapitaMonetary("30000.01").build();
        assertEquals(List.of("monetary-assets"), failed(r.eligibility(over, DAY)));
    }

    @Test
    public void assetLimitChangesOnItsEffectiveDate() {
        DibaoRules r = rules(DibaoParameters.MONETARY_SMALL, "2021-07-01:33000.00, 2024-01-01:35000.00");
        LocalDate before = LocalDate.of(2023, 12, 31);
        LocalDate on = LocalDate.of(2024, 1, 1);
        Household h1 = TestHousehold.asOf(before).person("a", 45).perCapitaMonetary("34000.00").build();
        Household h2 = TestHousehold.asOf(on).person("a", 45).perCapitaMonetary("34000.00").build();
        assertEquals(List.of("monetary-assets"), failed(r.eligibility(h1, before)));
        assertEquals(List.of(), failed(r.eligibility(h2, on)));
    }

    // --- G6: the standard changes on its effective date

    @Test
    public void g6StandardChangesOnItsEffectiveDate() {
        DibaoRules r = rules(DibaoParameters.STANDARD, "2021-07-01:1330.00, 2022-07-01:1420.00");
        LocalDate before = LocalDate.of(2022, 6, 30);
        LocalDate on = LocalDate.of(2022, 7, 1);
        assertEquals(new BigDecimal("330.00"), r.benefit(single(before, "1000.00"), before).monthlyAmount());
        assertEquals(new BigDecimal("420.00"), r.benefit(single(on, "1000.00"), on).monthlyAmount());
        assertEquals("(1,420.00 − 1,000.00) × 1 covered member = 420.00",
                r.benefit(single(on, "1000.00"), on).breakdown().get(0).detail());
        assertEquals(List.of("income"), failed(r.eligibility(single(before, "1330.00"), before)));
        assertEquals(List.of(), failed(r.eligibility(single(on, "1330.00"), on)));
    }

    // --- vehicles and real estate

    @Test
    public void aPhysicallyDisabledOwnersMobilityVehicleIsExempt() {
        Household h = TestHousehold.asOf(DAY).person("a", 45).disabled(DisabilityCategory.PHYSICAL, 3)
                .asset(AssetType.VEHICLE, "30000.00", null).build();
        List<RuleOutcome> outcomes = rules().eligibility(h, DAY);
        assertEquals(List.of(), failed(outcomes));
        assertTrue(rule(outcomes, "vehicles").detail().contains("exempt"));
    }

    @Test
    public void otherPrivateVehiclesExclude() {
        Household plain = TestHousehold.asOf(DAY).person("a", 45).asset(AssetType.VEHICLE, "30000.00", null).build();
        assertEquals(List.of("vehicles"), failed(rules().eligibility(plain, DAY)));
        Household visual = TestHousehold.asOf(DAY).person("a", 45).disabled(DisabilityCategory.VISUAL, 1)
                .asset(AssetType.VEHICLE, "30000.00", null).build();
        assertEquals(List.of("vehicles"), failed(rules().eligibility(visual, DAY)));
    }

    @Test
    public void twoHomesOnlyBelowTheCityFloorArea() {
        Household below = TestHousehold.asOf(DAY).person("a", 45).asset(AssetType.REAL_ESTATE, "0", "20.00")
                .asset(AssetType.REAL_ESTATE, "0", "16.99").build();
        assertEquals(List.of(), failed(rules().eligibility(below, DAY)));
        Household at = TestHousehold.asOf(DAY).person("a", 45).asset(AssetType.REAL_ESTATE, "0", "20.00")
                .asset(AssetType.REAL_ESTATE, "0", "17.00").build();
        List<RuleOutcome> outcomes = rules().eligibility(at, DAY);
        assertEquals(List.of("real-estate"), failed(outcomes));
        assertTrue(rule(outcomes, "real-estate").detail().contains("37.00 m²"));
        assertEquals(List.of(), failed(rules(DibaoParameters.FLOOR_AREA, "2021-07-01:37.01").eligibility(at, DAY)));
    }

    // --- members and non-local members

    @Test
    public void membersWithoutShanghaiHukouAreNotCoveredByDefault() {
        Household h = TestHousehold.asOf(DAY).person("a", 40).person("b", 40).nonLocal().perCapitaIncome("500.00")
                .build();
        DibaoRules r = rules();
        List<RuleOutcome> outcomes = r.eligibility(h, DAY);
        assertEquals(List.of(), failed(outcomes));
        assertEquals("1 of 2 active members covered; 1 without Shanghai hukou not covered (counted in per-capita "
                + "income)", rule(outcomes, "members").detail());
        assertEquals(new BigDecimal("830.00"), r.benefit(h, DAY).monthlyAmount());
    }

    @Test
    public void coverageOfNonLocalMembersChangesOnItsEffectiveDate() {
        DibaoRules r = rules(DibaoParameters.COVER_NON_LOCAL, "2021-07-01:0, 2024-01-01:1");
        LocalDate before = LocalDate.of(2023, 12, 31);
        LocalDate on = LocalDate.of(2024, 1, 1);
        Household h1 = TestHousehold.asOf(before).person("a", 40).person("b", 40).nonLocal().perCapitaIncome("500.00")
                .build();
        Household h2 = TestHousehold.asOf(on).person("a", 40).person("b", 40).nonLocal().perCapitaIncome("500.00")
                .build();
        assertEquals(new BigDecimal("830.00"), r.benefit(h1, before).monthlyAmount());
        assertEquals(new BigDecimal("1660.00"), r.benefit(h2, on).monthlyAmount());
    }

    @Test
    public void aHouseholdOfNonLocalMembersOnlyHasNoCoveredMember() {
        Household h = TestHousehold.asOf(DAY).person("a", 40).nonLocal().build();
        List<RuleOutcome> outcomes = rules().eligibility(h, DAY);
        assertEquals(List.of("members"), failed(outcomes));
        assertEquals(0, rule(outcomes, "members").figures().get("coveredMembers"));
        assertEquals(List.of(), failed(rules(DibaoParameters.COVER_NON_LOCAL, "2021-07-01:1").eligibility(h, DAY)));
    }

    @Test
    public void unknownHukouIsCoveredAndEndedMembersAreNot() {
        Household h = TestHousehold.asOf(DAY).person("a", 40).hukouUnknown().person("b", 40)
                .endedOn(DAY.minusDays(1)).perCapitaIncome("330.00").build();
        DibaoRules r = rules();
        assertEquals("1 of 1 active member covered", rule(r.eligibility(h, DAY), "members").detail());
        assertEquals(new BigDecimal("1000.00"), r.benefit(h, DAY).monthlyAmount());
    }

    // --- classified add-ons (分类施保)

    @Test
    public void aPersonInSeveralCategoriesGetsOnlyTheHighestRate() {
        Household h = TestHousehold.asOf(DAY).person("a", 70).disabled(DisabilityCategory.PHYSICAL, 1).build();
        Benefit b = rules(DibaoParameters.ADD_ON_ELDERLY, "2021-07-01:0.2",
                DibaoParameters.ADD_ON_SEVERELY_DISABLED, "2021-07-01:0.3").benefit(h, DAY);
        assertEquals(new BigDecimal("1729.00"), b.monthlyAmount());
        assertEquals(2, b.breakdown().size());
        BigDecimal addOn = b.breakdown().get(1).amount();
        assertEquals("add-on-severely-disabled", b.breakdown().get(1).item());
        assertEquals("add-on severely disabled: 0.3 × 1,330.00 × 1 = 399.00", b.breakdown().get(1).detail());
        assertEquals(0, new BigDecimal("399.00").compareTo(addOn));
    }

    @Test
    public void addOnsOfSeveralCategoriesInOneHousehold() {
        Household h = TestHousehold.asOf(DAY).person("a", 65).person("b", 40)
                .health(HealthStatus.SERIOUS_ILLNESS).person("c", 10).person("d", 12)
                .perCapitaIncome("800.00").build();
        Benefit b = rules(DibaoParameters.ADD_ON_ELDERLY, "2021-07-01:0.2", DibaoParameters.ADD_ON_MINOR,
                "2021-07-01:0.25", DibaoParameters.ADD_ON_SERIOUSLY_ILL, "2021-07-01:0.1").benefit(h, DAY);
        // 530 × 4 + 0.2 × 1330 + 0.25 × 1330 × 2 + 0.1 × 1330
        assertEquals(new BigDecimal("3184.00"), b.monthlyAmount());
        assertEquals(List.of("base", "add-on-elderly", "add-on-minor", "add-on-seriously-ill"),
                b.breakdown().stream().map(BenefitLine::item).collect(Collectors.toList()));
        assertEquals("add-on minor: 0.25 × 1,330.00 × 2 = 665.00", b.breakdown().get(2).detail());
    }

    @Test
    public void noAddOnLinesWhileRatesAreZero() {
        Household h = TestHousehold.asOf(DAY).person("a", 70).disabled(DisabilityCategory.PHYSICAL, 1).build();
        Benefit b = rules().benefit(h, DAY);
        assertEquals(new BigDecimal("1330.00"), b.monthlyAmount());
        assertEquals(1, b.breakdown().size());
    }

    @Test
    public void elderlyFromTheSixtiethBirthdayMinorBeforeTheEighteenth() {
        DibaoRules r = rules(DibaoParameters.ADD_ON_ELDERLY, "2021-07-01:0.2", DibaoParameters.ADD_ON_MINOR,
                "2021-07-01:0.3");
        Household sixty = TestHousehold.asOf(DAY).born("a", DAY.minusYears(60)).build();
        Household fiftyNine = TestHousehold.asOf(DAY).born("a", DAY.minusYears(60).plusDays(1)).build();
        Household eighteen = TestHousehold.asOf(DAY).born("a", DAY.minusYears(18)).build();
        Household seventeen = TestHousehold.asOf(DAY).born("a", DAY.minusYears(18).plusDays(1)).build();
        assertEquals(new BigDecimal("1596.00"), r.benefit(sixty, DAY).monthlyAmount());
        assertEquals(new BigDecimal("1330.00"), r.benefit(fiftyNine, DAY).monthlyAmount());
        assertEquals(new BigDecimal("1330.00"), r.benefit(eighteen, DAY).monthlyAmount());
        assertEquals(new BigDecimal("1729.00"), r.benefit(seventeen, DAY).monthlyAmount());
    }

    @Test
    public void addOnRateChangesOnItsEffectiveDate() {
        DibaoRules r = rules(DibaoParameters.ADD_ON_ELDERLY, "2021-07-01:0, 2023-01-01:0.2");
        LocalDate before = LocalDate.of(2022, 12, 31);
        LocalDate on = LocalDate.of(2023, 1, 1);
        assertEquals(new BigDecimal("1330.00"),
                r.benefit(TestHousehold.asOf(before).person("a", 70).build(), before).monthlyAmount());
        assertEquals(new BigDecimal("1596.00"),
                r.benefit(TestHousehold.asOf(on).person("a", 70).build(), on).monthlyAmount());
    }

    @Test
    public void uncoveredMembersGetNoAddOn() {
        Household h = TestHousehold.asOf(DAY).person("a", 40).person("b", 70).nonLocal().perCapitaIncome("500.00")
                .build();
        Benefit b = rules(DibaoParameters.ADD_ON_ELDERLY, "2021-07-01:0.2").benefit(h, DAY);
        assertEquals(new BigDecimal("830.00"), b.monthlyAmount());
    }

    @Test
    public void linesStayUnroundedAndTheTotalIsRoundedOnce() {
        Household h = TestHousehold.asOf(DAY).person("a", 70).person("b", 75).perCapitaIncome("1000.00").build();
        Benefit b = rules(DibaoParameters.ADD_ON_ELDERLY, "2021-07-01:0.1237").benefit(h, DAY);
        // 330 × 2 + 0.1237 × 1330 × 2 = 660 + 329.042
        assertEquals(0, new BigDecimal("329.042").compareTo(b.breakdown().get(1).amount()));
        assertEquals(new BigDecimal("989.04"), b.monthlyAmount());
    }
}
