package org.doudi.program.disabilitysubsidy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Proxy;
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
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.junit.Test;

/**
 * Tests of the template program. The pattern to copy: build the parameters from the configuration defaults (with
 * the values a test needs replaced), build households by hand, and check each rule at its threshold, one step on
 * either side, a parameter change on its effective date, and the amounts.
 */
public class DisabilitySubsidyProgramTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    // ---- the rules at their thresholds

    @Test
    public void aSeverelyDisabledUnemployedAdultWithShanghaiHukouQualifies() {
        ProgramDecision d = decide(person("p1", "张伟", LocalDate.of(1979, 5, 1), 2, true, EmploymentStatus.UNEMPLOYED));
        assertTrue(d.eligible());
        assertEquals("张伟 (age 45): disability grade 2 ≤ 2; Shanghai hukou; age 45 within 16–59; not in work "
                + "(UNEMPLOYED); not a special-hardship person", reason(d, "person:p1").detail());
        assertEquals("1 of 1 member qualifies: 张伟", reason(d, "qualifying-members").detail());
        assertEquals(new BigDecimal("1330.00"), d.monthlyAmount());
        assertEquals("subsidy:p1", d.breakdown().get(0).item());
        assertEquals(LocalDate.of(2025, 9, 30), d.validUntil());
        assertEquals(new BigDecimal("1330.00"), d.parameters().get("monthlySubsidy"));
    }

    @Test
    public void gradeTwoQualifiesGradeThreeIsNotACandidate() {
        ProgramDecision grade3 = decide(person("p1", "张伟", LocalDate.of(1979, 5, 1), 3, true, EmploymentStatus.UNEMPLOYED));
        assertFalse(grade3.eligible());
        assertEquals(List.of("qualifying-members"), failed(grade3));
        assertEquals("0 of 1 member qualifies. No disability of grade 1–2: 张伟 (age 45)",
                reason(grade3, "qualifying-members").detail());
        assertTrue(decide(person("p1", "张伟", LocalDate.of(1979, 5, 1), 1, true, EmploymentStatus.UNEMPLOYED)).eligible());
    }

    @Test
    public void shanghaiHukouIsRequired() {
        ProgramDecision d = decide(person("p1", "张伟", LocalDate.of(1979, 5, 1), 2, false, EmploymentStatus.UNEMPLOYED));
        assertFalse(d.eligible());
        assertEquals("0 of 1 member qualifies. 张伟 (age 45) does not qualify: no Shanghai hukou",
                reason(d, "qualifying-members").detail());
        assertEquals(Map.of("p1", List.of("hukou")), reason(d, "qualifying-members").figures().get("notQualifying"));
        assertFalse(decide(person("p1", "张伟", LocalDate.of(1979, 5, 1), 2, null, EmploymentStatus.UNEMPLOYED)).eligible());
    }

    @Test
    public void fromTheSixteenthBirthdayUntilTheSixtieth() {
        assertFalse(decide(aged(LocalDate.of(2008, 10, 2))).eligible());
        assertTrue(decide(aged(LocalDate.of(2008, 10, 1))).eligible());
        assertTrue(decide(aged(LocalDate.of(1964, 10, 2))).eligible());
        ProgramDecision sixty = decide(aged(LocalDate.of(1964, 10, 1)));
        assertFalse(sixty.eligible());
        assertEquals("0 of 1 member qualifies. 张伟 (age 60) does not qualify: age 60 ≥ 60",
                reason(sixty, "qualifying-members").detail());
    }

    @Test
    public void onlyUnemployedOrOutOfTheLabourForceCount() {
        assertTrue(decide(working(EmploymentStatus.UNEMPLOYED)).eligible());
        assertTrue(decide(working(EmploymentStatus.NOT_IN_LABOUR_FORCE)).eligible());
        for (EmploymentStatus s : new EmploymentStatus[] {EmploymentStatus.EMPLOYED, EmploymentStatus.FLEXIBLE,
            EmploymentStatus.RETIRED, null}) {
            ProgramDecision d = decide(working(s));
            assertFalse(String.valueOf(s), d.eligible());
            assertEquals(List.of("qualifying-members"), failed(d));
        }
        assertTrue(reason(decide(working(EmploymentStatus.FLEXIBLE)), "qualifying-members").detail()
                .endsWith("does not qualify: in work (FLEXIBLE)"));
        assertTrue(reason(decide(working(null)), "qualifying-members").detail()
                .endsWith("does not qualify: employment status not recorded"));
    }

    @Test
    public void specialHardshipPersonsAreLeftToThatProgram() {
        Member m = withTag(person("p1", "张伟", LocalDate.of(1979, 5, 1), 1, true, EmploymentStatus.UNEMPLOYED),
                IdentityTags.SPECIAL_HARDSHIP, LocalDate.of(2024, 1, 1));
        ProgramDecision d = decide(m);
        assertFalse(d.eligible());
        assertTrue(reason(d, "qualifying-members").detail().endsWith("already a special-hardship person (SPECIAL_HARDSHIP)"));
    }

    @Test
    public void eachQualifyingMemberIsPaid() {
        ProgramDecision d = decide(
                person("p1", "张伟", LocalDate.of(1979, 5, 1), 1, true, EmploymentStatus.UNEMPLOYED),
                person("p2", "张丽", LocalDate.of(1985, 2, 1), 2, true, EmploymentStatus.NOT_IN_LABOUR_FORCE),
                person("p3", "王芳", LocalDate.of(1955, 3, 5), null, true, EmploymentStatus.RETIRED));
        assertTrue(d.eligible());
        assertEquals(List.of("person:p1", "person:p2", "qualifying-members"),
                d.reasons().stream().map(RuleOutcome::rule).collect(Collectors.toList()));
        assertEquals("2 of 3 members qualify: 张伟, 张丽. No disability of grade 1–2: 王芳 (age 69)",
                reason(d, "qualifying-members").detail());
        assertEquals(new BigDecimal("2660.00"), d.monthlyAmount());
    }

    // ---- parameters

    @Test
    public void theSubsidyChangesOnItsEffectiveDate() {
        DisabilitySubsidyProgram p = program(Map.of("monthlySubsidy", "2021-07-01:1330.00, 2022-07-01:1420.00"));
        Household h = household(person("p1", "张伟", LocalDate.of(1979, 5, 1), 2, true, EmploymentStatus.UNEMPLOYED));
        assertEquals(new BigDecimal("1330.00"), p.evaluate(h, LocalDate.of(2022, 6, 30)).monthlyAmount());
        assertEquals(new BigDecimal("1420.00"), p.evaluate(h, LocalDate.of(2022, 7, 1)).monthlyAmount());
    }

    @Test
    public void aBrokenValueStopsEvaluationsInsteadOfPayingAWrongAmount() {
        DisabilitySubsidyProgram p = program(Map.of("monthlySubsidy", "2021-07-01:1,330.00", "maxGrade", "2021-07-01:2.5"));
        assertEquals(List.of("monthlySubsidy: '330.00' is not date:value (e.g. 2021-07-01:1330.00)",
                "maxGrade: 2.5 (from 2021-07-01) is not a whole number"), p.parameters().problems());
        try {
            p.evaluate(household(person("p1", "张伟", LocalDate.of(1979, 5, 1), 2, true, EmploymentStatus.UNEMPLOYED)), AS_OF);
            fail("evaluated while misconfigured");
        } catch (DoudiException e) {
            assertEquals(503, e.status());
        }
    }

    @Test
    public void theSubsidyIsAYearlyStandard() {
        ProgramParameters p = program(Map.of()).parameters();
        assertEquals(1, p.staleStandards(AS_OF).size());
        assertEquals(List.of(), program(Map.of("monthlySubsidy", "2024-07-01:1510.00")).parameters().staleStandards(AS_OF));
    }

    @Test
    public void eligibleGradesReadsTheParametersInForce() {
        EligibleGradesResource.EligibleGrades g = EligibleGradesResource.EligibleGrades.of(program(Map.of()).parameters(), AS_OF);
        assertEquals(List.of(1, 2), g.grades());
        assertEquals(16, g.minAge());
        assertEquals(59, g.maxAge());
        assertEquals(new BigDecimal("1330.00"), g.monthlySubsidy());
    }

    @Test
    public void shippedConfigurationEqualsTheDefaults() throws Exception {
        Properties cfg = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(
                Paths.get("src/main/cfg/org.doudi.program.disabilitysubsidy.cfg")), StandardCharsets.UTF_8)) {
            cfg.load(r);
        }
        ProgramParameters defaults = program(Map.of()).parameters();
        assertEquals(List.of(), defaults.problems());
        assertEquals(defaults.series().size(), cfg.size());
        defaults.series().forEach(s -> assertEquals(s.name(), s.text(), cfg.getProperty(s.name())));
    }

    // ---- helpers

    /** The program with its configuration defaults, some values replaced. */
    private static DisabilitySubsidyProgram program(Map<String, String> overrides) {
        DisabilitySubsidyConfig config = (DisabilitySubsidyConfig) Proxy.newProxyInstance(
                DisabilitySubsidyConfig.class.getClassLoader(), new Class<?>[] {DisabilitySubsidyConfig.class},
                (proxy, method, args) -> method.getName().equals("annotationType") ? DisabilitySubsidyConfig.class
                        : overrides.getOrDefault(method.getName(), (String) method.getDefaultValue()));
        return new DisabilitySubsidyProgram(DisabilitySubsidyProgram.parameters(config), "test");
    }

    private static ProgramDecision decide(Member... members) {
        return program(Map.of()).evaluate(household(members), AS_OF);
    }

    private static Member person(String id, String name, LocalDate birth, Integer grade, Boolean hukouLocal,
            EmploymentStatus employment) {
        return new Member(id, null, true, name, Relation.HEAD, null, birth, hukouLocal, null, grade, null, null,
                employment, null, null, List.of(), null, null);
    }

    private static Member aged(LocalDate birth) {
        return person("p1", "张伟", birth, 2, true, EmploymentStatus.UNEMPLOYED);
    }

    private static Member working(EmploymentStatus status) {
        return person("p1", "张伟", LocalDate.of(1979, 5, 1), 2, true, status);
    }

    private static Member withTag(Member m, String tag, LocalDate since) {
        return new Member(m.personId(), null, true, m.name(), m.relation(), null, m.birthDate(), m.hukouLocal(), null,
                m.disabilityGrade(), null, null, m.employmentStatus(), null, null,
                List.of(new IdentityTag(tag, "district", since)), null, null);
    }

    /** A household whose figures are derived as of {@link #AS_OF}; this program reads only the members. */
    private static Household household(Member... members) {
        BigDecimal zero = new BigDecimal("0.00");
        return new Household("h1", "hongqiao", "虹桥街道", null, null, "虹桥路1号", "虹桥路1号", List.of(members), List.of(),
                List.of(), List.of(), members.length, zero, zero, zero, zero, false, false, false, AS_OF, 1L, null,
                null, null);
    }

    private static List<String> failed(ProgramDecision d) {
        return d.reasons().stream().filter(r -> !r.passed()).map(RuleOutcome::rule).collect(Collectors.toList());
    }

    private static RuleOutcome reason(ProgramDecision d, String rule) {
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + rule));
    }
}
