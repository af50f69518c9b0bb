package org.doudi.program.specialhardship.internal;

import static org.doudi.program.specialhardship.internal.Households.household;
import static org.doudi.program.specialhardship.internal.Households.income;
import static org.doudi.program.specialhardship.internal.Households.person;
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
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.SelfCare;
import org.doudi.api.registry.WorkAbility;
import org.junit.Test;

public class SpecialHardshipProgramTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
    private static final String STANDARD = "2021-07-01:1330.00";

    private static SpecialHardshipProgram program(Map<String, String> overrides, String dibaoStandard) {
        return new SpecialHardshipProgram(Households.parameters(overrides), Households.dibao(dibaoStandard), "test");
    }

    private static ProgramDecision decide(Household h) {
        return program(Map.of(), STANDARD).evaluate(h, AS_OF);
    }

    private static ProgramDecision decide(Households.Person... people) {
        return decide(household(AS_OF, List.of(people), List.of()));
    }

    private static List<String> failed(ProgramDecision d) {
        return d.reasons().stream().filter(r -> !r.passed()).map(RuleOutcome::rule).collect(Collectors.toList());
    }

    private static RuleOutcome reason(ProgramDecision d, String rule) {
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + rule + " in " + d.reasons()));
    }

    @Test
    public void elderlyFromTheDayTheyTurnSixty() {
        ProgramDecision sixty = decide(person("p1", "王芳", LocalDate.of(1964, 10, 1)).work(WorkAbility.FULL));
        assertTrue(sixty.eligible());
        assertEquals("王芳 (age 60): elderly (age ≥ 60); no work ability (elderly); own income 0.00 < dibao standard "
                + "1,330.00; no able supporter", reason(sixty, "person:p1").detail());
        assertEquals("1 of 1 member qualifies: 王芳", reason(sixty, "qualifying-members").detail());

        ProgramDecision fiftyNine = decide(person("p1", "王芳", LocalDate.of(1964, 10, 2)).work(WorkAbility.FULL));
        assertFalse(fiftyNine.eligible());
        assertEquals(List.of("qualifying-members"), failed(fiftyNine));
        assertEquals(1, fiftyNine.reasons().size());
        assertEquals("0 of 1 member qualifies. Not elderly, severely disabled or a minor: 王芳 (age 59)",
                reason(fiftyNine, "qualifying-members").detail());
        assertEquals(new BigDecimal("0.00"), fiftyNine.monthlyAmount());
    }

    @Test
    public void minorUntilTheDayTheyTurnEighteen() {
        ProgramDecision seventeen = decide(person("c1", "李小明", LocalDate.of(2006, 10, 2)));
        assertTrue(seventeen.eligible());
        assertTrue(reason(seventeen, "person:c1").detail().startsWith("李小明 (age 17): minor (age < 18); no work ability (minor)"));

        ProgramDecision eighteen = decide(person("c1", "李小明", LocalDate.of(2006, 10, 1)));
        assertFalse(eighteen.eligible());
        assertTrue(reason(eighteen, "qualifying-members").detail().contains("Not elderly, severely disabled or a minor: 李小明 (age 18)"));
    }

    @Test
    public void severelyDisabledIsGradeOneOrTwo() {
        ProgramDecision grade2 = decide(person("p1", "张伟", LocalDate.of(1980, 1, 1)).grade(2).work(WorkAbility.NONE));
        assertTrue(grade2.eligible());
        assertTrue(reason(grade2, "person:p1").detail().startsWith("张伟 (age 44): severely disabled (grade 2); no work ability;"));

        ProgramDecision grade3 = decide(person("p1", "张伟", LocalDate.of(1980, 1, 1)).grade(3).work(WorkAbility.NONE));
        assertFalse(grade3.eligible());
        assertEquals(List.of("qualifying-members"), failed(grade3));
    }

    @Test
    public void severelyDisabledAdultMustHaveNoWorkAbility() {
        ProgramDecision d = decide(person("p1", "张伟", LocalDate.of(1980, 1, 1)).grade(1).work(WorkAbility.PARTIAL));
        assertFalse(d.eligible());
        assertEquals("0 of 1 member qualifies. 张伟 (age 44) does not qualify: has work ability (PARTIAL)",
                reason(d, "qualifying-members").detail());
        assertEquals(Map.of("p1", List.of("no-work-ability")), reason(d, "qualifying-members").figures().get("notQualifying"));

        ProgramDecision unknown = decide(person("p1", "张伟", LocalDate.of(1980, 1, 1)).grade(1));
        assertTrue(reason(unknown, "qualifying-members").detail().endsWith("does not qualify: work ability not assessed"));
    }

    @Test
    public void ownIncomeMustBeBelowTheDibaoStandard() {
        assertTrue(withPension("1329.99").eligible());
        assertEquals("own income 1,329.99 < dibao standard 1,330.00",
                reason(withPension("1329.99"), "person:p1").detail().split("; ")[2]);

        ProgramDecision atStandard = withPension("1330.00");
        assertFalse(atStandard.eligible());
        assertEquals("0 of 1 member qualifies. 王芳 (age 82) does not qualify: own income 1,330.00 is not below "
                + "dibao standard 1,330.00", reason(atStandard, "qualifying-members").detail());
        assertFalse(withPension("1330.01").eligible());
    }

    private static ProgramDecision withPension(String monthly) {
        return decide(household(AS_OF, List.of(person("p1", "王芳", LocalDate.of(1942, 3, 5))),
                List.of(income("p1", monthly, LocalDate.of(2010, 1, 1), null))));
    }

    @Test
    public void onlyIncomeInForceOnTheDateCounts() {
        List<IncomeItem> incomes = List.of(
                income("p1", "2000.00", LocalDate.of(2020, 1, 1), AS_OF.minusDays(1)),
                income("p1", "2000.00", AS_OF.plusDays(1), null),
                income("p2", "5000.00", null, null),
                income("p1", "500.00", AS_OF, AS_OF));
        Household h = household(AS_OF, List.of(person("p1", "王芳", LocalDate.of(1942, 3, 5)),
                person("p2", "李明", LocalDate.of(1940, 1, 1)).work(WorkAbility.NONE)), incomes);
        RuleOutcome wang = reason(decide(h), "person:p1");
        assertEquals(new BigDecimal("500.00"), wang.figures().get("ownIncome"));
    }

    @Test
    public void anAbleSonInTheHouseholdSupportsHisMother() {
        ProgramDecision d = decide(person("p1", "王芳", LocalDate.of(1942, 3, 5)).work(WorkAbility.NONE),
                person("p2", "王强", LocalDate.of(1984, 5, 1)).work(WorkAbility.FULL));
        assertFalse(d.eligible());
        assertEquals(List.of("qualifying-members"), failed(d));
        assertEquals("0 of 2 members qualify. 王芳 (age 82) does not qualify: able supporter in the household: "
                + "王强 (age 40, work ability FULL). Not elderly, severely disabled or a minor: 王强 (age 40)",
                reason(d, "qualifying-members").detail());
        assertEquals(List.of("p2"), reason(d, "qualifying-members").figures().get("notCandidates"));
    }

    @Test
    public void aSupporterIsAnAdultUnderSixtyAbleToWorkAndNotSeverelyDisabled() {
        Households.Person mother = person("p1", "王芳", LocalDate.of(1942, 3, 5));
        assertFalse(decide(mother, person("p2", "王强", LocalDate.of(1964, 10, 2)).work(WorkAbility.PARTIAL)).eligible());
        assertTrue(decide(mother, person("p2", "王强", LocalDate.of(1964, 10, 1)).work(WorkAbility.FULL)).eligible());
        assertTrue(decide(mother, person("p2", "王强", LocalDate.of(1984, 5, 1)).work(WorkAbility.NONE)).eligible());
        assertTrue(decide(mother, person("p2", "王强", LocalDate.of(1984, 5, 1)).work(WorkAbility.FULL).grade(2)).eligible());
        assertTrue(decide(mother, person("p2", "王小强", LocalDate.of(2006, 10, 2)).work(WorkAbility.FULL)).eligible());
        assertFalse(decide(mother, person("p2", "王小强", LocalDate.of(2006, 10, 1)).work(WorkAbility.FULL)).eligible());
        assertTrue(decide(mother, person("p2", "王强", LocalDate.of(1984, 5, 1)).work(WorkAbility.FULL)
                .ended(LocalDate.of(2024, 9, 1))).eligible());
    }

    @Test
    public void aSupporterOutsideTheHouseholdIsRecordedByTag() {
        ProgramDecision tagged = decide(person("p1", "王芳", LocalDate.of(1942, 3, 5))
                .tag(IdentityTags.HAS_ABLE_SUPPORTER, LocalDate.of(2024, 1, 1)));
        assertFalse(tagged.eligible());
        assertEquals("0 of 1 member qualifies. 王芳 (age 82) does not qualify: able supporter outside the household "
                + "(HAS_ABLE_SUPPORTER, recorded by street survey since 2024-01-01)",
                reason(tagged, "qualifying-members").detail());

        assertTrue(decide(person("p1", "王芳", LocalDate.of(1942, 3, 5))
                .tag(IdentityTags.HAS_ABLE_SUPPORTER, AS_OF.plusDays(1))).eligible());
    }

    @Test
    public void onePersonGetsBasicLivingAndTheCareAllowanceOfTheirSelfCareLevel() {
        ProgramDecision d = decide(person("p1", "王芳", LocalDate.of(1942, 3, 5)).selfCare(SelfCare.PARTIAL));
        assertTrue(d.eligible());
        assertEquals(new BigDecimal("2129.00"), d.monthlyAmount());
        assertEquals(List.of("basic-living:p1", "care:p1"), d.breakdown().stream().map(BenefitLine::item).toList());
        assertEquals(0, new BigDecimal("1729.00").compareTo(d.breakdown().get(0).amount()));
        assertEquals("王芳: basic living 1.3 × dibao standard 1,330.00 = 1,729.00", d.breakdown().get(0).detail());
        assertEquals(0, new BigDecimal("400.00").compareTo(d.breakdown().get(1).amount()));
        assertEquals("王芳: care allowance, self-care PARTIAL (半失能) = 400.00", d.breakdown().get(1).detail());
        assertEquals(LocalDate.of(2025, 9, 30), d.validUntil());
    }

    @Test
    public void selfCareNotAssessedIsPaidAsFullSelfCare() {
        ProgramDecision d = decide(person("p1", "王芳", LocalDate.of(1942, 3, 5)));
        assertEquals(new BigDecimal("1729.00"), d.monthlyAmount());
        assertEquals("王芳: care allowance, self-care FULL (全自理), self-care not assessed: treated as FULL = 0.00",
                d.breakdown().get(1).detail());
    }

    @Test
    public void twoQualifyingMembersAreEachPaid() {
        ProgramDecision d = decide(person("p1", "王芳", LocalDate.of(1942, 3, 5)).selfCare(SelfCare.PARTIAL),
                person("p2", "李明", LocalDate.of(1940, 1, 1)).selfCare(SelfCare.NONE),
                person("p3", "张伟", LocalDate.of(1980, 1, 1)).grade(3).work(WorkAbility.NONE));
        assertTrue(d.eligible());
        assertEquals(List.of("person:p1", "person:p2", "qualifying-members"),
                d.reasons().stream().map(RuleOutcome::rule).toList());
        assertEquals("2 of 3 members qualify: 王芳, 李明. Not elderly, severely disabled or a minor: 张伟 (age 44)",
                reason(d, "qualifying-members").detail());
        assertEquals(new BigDecimal("4658.00"), d.monthlyAmount());
        assertEquals(List.of("basic-living:p1", "care:p1", "basic-living:p2", "care:p2"),
                d.breakdown().stream().map(BenefitLine::item).toList());
    }

    @Test
    public void multipleChangesOnItsEffectiveDate() {
        SpecialHardshipProgram p = program(Map.of("basicLivingMultiple", "2021-07-01:1.3, 2024-07-01:1.4"), STANDARD);
        Household h = household(LocalDate.of(2024, 7, 1), List.of(person("p1", "王芳", LocalDate.of(1942, 3, 5))), List.of());
        assertEquals(new BigDecimal("1729.00"), p.evaluate(h, LocalDate.of(2024, 6, 30)).monthlyAmount());
        assertEquals(new BigDecimal("1862.00"), p.evaluate(h, LocalDate.of(2024, 7, 1)).monthlyAmount());
    }

    @Test
    public void dibaoStandardChangesOnItsEffectiveDate() {
        SpecialHardshipProgram p = program(Map.of(), "2021-07-01:1330.00, 2022-07-01:1420.00");
        Household h = household(LocalDate.of(2022, 7, 1), List.of(person("p1", "王芳", LocalDate.of(1942, 3, 5))),
                List.of(income("p1", "1400.00", null, null)));
        ProgramDecision before = p.evaluate(h, LocalDate.of(2022, 6, 30));
        assertFalse(before.eligible());
        ProgramDecision after = p.evaluate(h, LocalDate.of(2022, 7, 1));
        assertTrue(after.eligible());
        assertEquals(new BigDecimal("1846.00"), after.monthlyAmount());
    }

    @Test
    public void agesMustBeWholeYears() {
        ProgramParameters p = Households.parameters(Map.of("elderlyAge", "2021-07-01:60, 2024-01-01:60.5"));
        assertEquals(List.of("elderlyAge: 60.5 (from 2024-01-01) is not a whole number of years"), p.problems());
        try {
            new SpecialHardshipProgram(p, Households.dibao(STANDARD), "test")
                    .evaluate(household(AS_OF, List.of(person("p1", "王芳", LocalDate.of(1942, 3, 5))), List.of()), AS_OF);
            fail("evaluated while misconfigured");
        } catch (DoudiException e) {
            assertEquals(503, e.status());
        }
    }

    @Test
    public void dibaoWithoutAStandardIsAConfigurationError() {
        ProgramParameters renamed = ProgramParameters.builder("dibao")
                .standard("baseline", "renamed", "2021-07-01:1330.00").build();
        try {
            new SpecialHardshipProgram(Households.parameters(Map.of()), Households.dibao(renamed), "test")
                    .evaluate(household(AS_OF, List.of(person("p1", "王芳", LocalDate.of(1942, 3, 5))), List.of()), AS_OF);
            fail("evaluated without the dibao standard");
        } catch (DoudiException e) {
            assertEquals(503, e.status());
        }
    }

    @Test
    public void shippedConfigurationEqualsTheDefaults() throws Exception {
        Properties cfg = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(
                Paths.get("src/main/cfg/org.doudi.program.specialhardship.cfg")), StandardCharsets.UTF_8)) {
            cfg.load(r);
        }
        ProgramParameters defaults = Households.parameters(Map.of());
        assertEquals(List.of(), defaults.problems());
        assertEquals(defaults.series().size(), cfg.size());
        defaults.series().forEach(s -> assertEquals(s.name(), s.text(), cfg.getProperty(s.name())));
    }

    @Test
    public void infoNamesTheProgram() {
        SpecialHardshipProgram p = program(Map.of(), STANDARD);
        assertEquals("special-hardship", p.info().id());
        assertTrue(p.info().paysMonthlyCash());
        assertEquals(12, p.info().reviewIntervalMonths());
        assertEquals(6, p.info().evidence().size());
    }

}
