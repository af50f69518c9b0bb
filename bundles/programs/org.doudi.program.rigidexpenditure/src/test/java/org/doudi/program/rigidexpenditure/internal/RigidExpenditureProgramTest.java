package org.doudi.program.rigidexpenditure.internal;

import static org.doudi.program.rigidexpenditure.internal.Households.household;
import static org.doudi.program.rigidexpenditure.internal.Households.member;
import static org.doudi.program.rigidexpenditure.internal.Households.members;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.Member;
import org.junit.Test;

public class RigidExpenditureProgramTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
    private static final RigidExpenditureProgram DEFAULTS = new RigidExpenditureProgram(Households.parameters(Map.of()), "test");

    private static ProgramDecision decide(Household h) {
        return DEFAULTS.evaluate(h, AS_OF);
    }

    /** Three members, per-capita income as given, no assets, rigid expenditure as given. */
    private static ProgramDecision three(String perCapitaIncome, String rigid12) {
        return decide(household(AS_OF, members(3), List.of(), perCapitaIncome, "0.00", rigid12));
    }

    private static List<String> failed(ProgramDecision d) {
        return d.reasons().stream().filter(r -> !r.passed()).map(RuleOutcome::rule).collect(Collectors.toList());
    }

    private static RuleOutcome reason(ProgramDecision d, String rule) {
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + rule));
    }

    @Test
    public void aRecognitionGrantsNoCashAndHoldsTwelveMonths() {
        ProgramDecision d = three("1000.00", "14400.00");
        assertTrue(d.eligible());
        assertEquals(List.of("not-on-other-programs", "income", "monetary-assets", "vehicles", "real-estate",
                "rigid-expenditure"), d.reasons().stream().map(RuleOutcome::rule).toList());
        assertEquals(new BigDecimal("0.00"), d.monthlyAmount());
        assertEquals("recognition (valid until 2025-09-30) grants rigid-expenditure relief and special assistance; "
                + "amounts are decided case by case", d.breakdown().get(0).detail());
        assertEquals(LocalDate.of(2025, 9, 30), d.validUntil());
        assertEquals("annual per-capita income 12,000.00 < city per-capita disposable income 84,834.00",
                reason(d, "income").detail());
        assertFalse(DEFAULTS.info().paysMonthlyCash());
    }

    @Test
    public void incomeEqualToTheCityFigureIsNotBelowIt() {
        ProgramDecision equal = three("7069.50", "200000.00");
        assertFalse(equal.eligible());
        assertEquals(List.of("income"), failed(equal));
        assertEquals("annual per-capita income 84,834.00 is not below city per-capita disposable income 84,834.00",
                reason(equal, "income").detail());
        assertEquals(new BigDecimal("84834.00"), reason(equal, "income").figures().get("annualPerCapitaIncome"));

        assertTrue(three("7069.49", "200000.00").eligible());
        RigidExpenditureProgram oneFenHigher = new RigidExpenditureProgram(
                Households.parameters(Map.of("cityDisposableIncomePerCapita", "2024-03-01:84834.01")), "test");
        assertTrue(oneFenHigher.evaluate(household(AS_OF, members(3), List.of(), "7069.50", "0.00", "200000.00"), AS_OF)
                .eligible());
    }

    @Test
    public void rigidExpenditureMustReachTheShare() {
        ProgramDecision exactly = three("1000.00", "14400.00");
        assertTrue(exactly.eligible());
        assertEquals("rigid expenditure of the last 12 months 14,400.00 reaches 40 % of household annual income "
                + "36,000.00 (14,400.00)", reason(exactly, "rigid-expenditure").detail());

        ProgramDecision below = three("1000.00", "14399.99");
        assertFalse(below.eligible());
        assertEquals(List.of("rigid-expenditure"), failed(below));
        assertEquals("rigid expenditure of the last 12 months 14,399.99 is below 40 % of household annual income "
                + "36,000.00 (14,400.00)", reason(below, "rigid-expenditure").detail());
        assertTrue(three("1000.00", "14400.01").eligible());
    }

    @Test
    public void theThresholdIsRoundedToTheFenBeforeComparing() {
        Household h = household(AS_OF, members(1), List.of(), "333.33", "0.00", "1599.98");
        RuleOutcome r = reason(decide(h), "rigid-expenditure");
        assertTrue(r.passed());
        assertEquals(new BigDecimal("1599.98"), r.figures().get("threshold"));
        assertFalse(decide(household(AS_OF, members(1), List.of(), "333.33", "0.00", "1599.97")).eligible());
    }

    @Test
    public void withoutIncomeAnyRigidExpenditureReachesTheShareButNoneDoesNot() {
        assertTrue(three("0.00", "0.01").eligible());
        ProgramDecision none = three("0.00", "0.00");
        assertFalse(none.eligible());
        assertEquals("no rigid expenditure in the last 12 months (household annual income 0.00)",
                reason(none, "rigid-expenditure").detail());
    }

    @Test
    public void membersOnDibaoSpecialHardshipOrDibaoEdgeExcludeTheHousehold() {
        for (String tag : List.of(IdentityTags.DIBAO, IdentityTags.SPECIAL_HARDSHIP, IdentityTags.DIBAO_EDGE)) {
            ProgramDecision d = decide(household(AS_OF, List.of(member("p1", "王芳"), member("p2", "李明", tag)),
                    List.of(), "1000.00", "0.00", "9600.00"));
            assertFalse(tag, d.eligible());
            assertEquals(List.of("not-on-other-programs"), failed(d));
            assertTrue(reason(d, "not-on-other-programs").detail().startsWith("already assisted: 李明 carries " + tag));
            assertEquals(List.of("p2:" + tag), reason(d, "not-on-other-programs").figures().get("tagsFound"));
        }
        assertTrue(decide(household(AS_OF, List.of(member("p1", "王芳", IdentityTags.RIGID_EXPENDITURE,
                IdentityTags.HAS_ABLE_SUPPORTER)), List.of(), "1000.00", "0.00", "4800.00")).eligible());
    }

    @Test
    public void aHouseholdEnrolledInDibaoIsNotARigidExpenditureFamily() {
        ProgramDecision d = decide(household(AS_OF, List.of(member("p1", "王芳")), List.of(), "1000.00", "0.00", "9600.00")
                .withEnrolledPrograms(List.of("dibao")));
        assertEquals(List.of("not-on-other-programs"), d.reasons().stream().filter(r -> !r.passed()).map(r -> r.rule())
                .collect(java.util.stream.Collectors.toList()));
        assertEquals("already assisted: the household is enrolled in dibao", reason(d, "not-on-other-programs").detail());
    }

    @Test
    public void onlyTagsInForceOnActiveMembersCount() {
        Member later = member("p2", "李明", List.of(new IdentityTag(IdentityTags.DIBAO, "district", AS_OF.plusDays(1))), null);
        Member left = member("p3", "张伟", List.of(new IdentityTag(IdentityTags.DIBAO, "district", LocalDate.of(2020, 1, 1))),
                LocalDate.of(2024, 9, 1));
        ProgramDecision d = decide(household(AS_OF, List.of(member("p1", "王芳"), later, left), List.of(), "1000.00",
                "0.00", "9600.00"));
        assertTrue(d.reasons().toString(), d.eligible());
        assertEquals("no member is on dibao, special hardship or dibao-edge", reason(d, "not-on-other-programs").detail());
    }

    @Test
    public void monetaryAssetsWithinTheLimitOfTheHouseholdSize() {
        assertTrue(decide(household(AS_OF, members(2), List.of(), "1000.00", "33000.00", "9600.00")).eligible());
        ProgramDecision over = decide(household(AS_OF, members(2), List.of(), "1000.00", "33000.01", "9600.00"));
        assertEquals(List.of("monetary-assets"), failed(over));
        assertEquals(List.of("monetary-assets"),
                failed(decide(household(AS_OF, members(3), List.of(), "1000.00", "30000.01", "14400.00"))));
    }

    @Test
    public void cityIncomeChangesOnItsEffectiveDate() {
        RigidExpenditureProgram p = new RigidExpenditureProgram(Households.parameters(
                Map.of("cityDisposableIncomePerCapita", "2023-03-01:79610.00, 2024-03-01:84834.00")), "test");
        LocalDate dayBefore = LocalDate.of(2024, 2, 29);
        LocalDate day = LocalDate.of(2024, 3, 1);
        ProgramDecision before = p.evaluate(household(dayBefore, members(1), List.of(), "6666.67", "0.00", "40000.00"), dayBefore);
        assertEquals(List.of("income"), failed(before));
        assertEquals("annual per-capita income 80,000.04 is not below city per-capita disposable income 79,610.00",
                reason(before, "income").detail());
        assertTrue(p.evaluate(household(day, members(1), List.of(), "6666.67", "0.00", "40000.00"), day).eligible());
    }

    @Test
    public void recognitionBeyondTwelveMonthsIsAConfigurationProblem() {
        ProgramParameters p = Households.parameters(Map.of("recognitionMonths", "2021-07-01:13"));
        assertEquals(List.of("recognitionMonths: 13 (from 2021-07-01) is not a whole number of months from 1 to 12; "
                + "a recognition is valid at most 12 months"), p.problems());
        RigidExpenditureProgram program = new RigidExpenditureProgram(p, "test");
        assertEquals(12, program.info().reviewIntervalMonths());
        try {
            program.evaluate(household(AS_OF, members(3), List.of(), "1000.00", "0.00", "14400.00"), AS_OF);
            fail("evaluated while misconfigured");
        } catch (DoudiException e) {
            assertEquals(503, e.status());
        }
    }

    @Test
    public void theNewestRecognitionPeriodSetsTheValidity() {
        RigidExpenditureProgram p = new RigidExpenditureProgram(
                Households.parameters(Map.of("recognitionMonths", "2021-07-01:12, 2024-01-01:6")), "test");
        assertEquals(6, p.info().reviewIntervalMonths());
        ProgramDecision d = p.evaluate(household(AS_OF, members(3), List.of(), "1000.00", "0.00", "14400.00"), AS_OF);
        assertEquals(LocalDate.of(2025, 3, 31), d.validUntil());
        assertTrue(d.breakdown().get(0).detail().contains("valid until 2025-03-31"));
    }

    @Test
    public void aShareAboveOneIsAConfigurationProblem() {
        assertEquals(List.of("rigidShareOfIncome: 40 (from 2021-07-01) is not a share between 0 and 1 (write 0.40 for 40 %)"),
                Households.parameters(Map.of("rigidShareOfIncome", "2021-07-01:40")).problems());
    }

    @Test
    public void theCityIncomeIsAYearlyStandard() {
        ProgramParameters p = Households.parameters(Map.of());
        assertEquals(List.of(), p.staleStandards(LocalDate.of(2025, 3, 1)));
        assertEquals(1, p.staleStandards(LocalDate.of(2025, 3, 2)).size());
        assertTrue(p.staleStandards(LocalDate.of(2025, 3, 2)).get(0).contains("cityDisposableIncomePerCapita"));
    }

    @Test
    public void shippedConfigurationEqualsTheDefaults() throws Exception {
        Properties cfg = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(
                Paths.get("src/main/cfg/org.doudi.program.rigidexpenditure.cfg")), StandardCharsets.UTF_8)) {
            cfg.load(r);
        }
        ProgramParameters defaults = Households.parameters(Map.of());
        assertEquals(List.of(), defaults.problems());
        assertEquals(defaults.series().size(), cfg.size());
        defaults.series().forEach(s -> assertEquals(s.name(), s.text(), cfg.getProperty(s.name())));
    }
}
