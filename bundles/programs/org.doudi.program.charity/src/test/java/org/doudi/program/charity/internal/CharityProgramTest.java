package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.registry.Household;
import org.junit.Test;

/** The program: eligibility from the needs assessment in force, no cash, its parameters. */
public class CharityProgramTest {
    private final Charity c = new Charity();
    private final Household h = c.household("h1", "tianshanlu",
            Charity.member("p1", "31010519800101001", "张伟"));

    @Test
    public void aMediumDimensionMakesTheHouseholdEligible() {
        c.needs.assess("h1", LocalDate.of(2024, 5, 10), new NeedsGrades(Grade.MEDIUM, Grade.LOW, Grade.LOW, Grade.LOW,
                Grade.HIGH, Grade.LOW));
        ProgramDecision d = c.program.evaluate(h, Charity.TODAY);
        assertTrue(d.eligible());
        assertEquals("needs assessment of 2024-05-10: socialSupport HIGH, material MEDIUM",
                d.reasons().get(0).detail());
        assertEquals(new BigDecimal("0.00"), d.monthlyAmount());
        assertEquals("none", d.breakdown().get(0).item());
        assertEquals(LocalDate.of(2025, 9, 30), d.validUntil());
    }

    @Test
    public void allLowIsNotEligible() {
        c.needs.assess("h1", LocalDate.of(2024, 5, 10), new NeedsGrades(Grade.LOW, Grade.LOW, Grade.LOW, Grade.LOW,
                Grade.LOW, Grade.LOW));
        ProgramDecision d = c.program.evaluate(h, Charity.TODAY);
        assertFalse(d.eligible());
        assertEquals("needs assessment of 2024-05-10 grades no dimension HIGH or MEDIUM (all LOW)",
                d.reasons().get(0).detail());
    }

    @Test
    public void theAssessmentInForceOnTheDayCounts() {
        c.needs.assess("h1", LocalDate.of(2024, 10, 2), new NeedsGrades(Grade.HIGH, Grade.LOW, Grade.LOW, Grade.LOW,
                Grade.LOW, Grade.LOW));
        ProgramDecision before = c.program.evaluate(h, Charity.TODAY);
        assertFalse(before.eligible());
        assertEquals("no needs assessment on or before 2024-10-01: assess the household's needs first",
                before.reasons().get(0).detail());
        assertTrue(c.program.evaluate(h, LocalDate.of(2024, 10, 2)).eligible());
    }

    @Test
    public void aProgramThatGrantsAStatus() {
        assertFalse(c.program.info().paysMonthlyCash());
        assertEquals(12, c.program.info().reviewIntervalMonths());
        assertEquals("慈善衔接", c.program.info().nameZh());
        assertEquals("charity linkage", c.program.info().nameEn());
    }

    @Test
    public void consentValidityMustBeWholeMonthsFromOne() {
        assertEquals(List.of("consentValidMonths: 0 (from 2000-01-01) must be a whole number of months from 1 to 120"),
                c.program(Map.of("consentValidMonths", "2000-01-01:0")).parameters().problems());
        assertEquals(1, c.program(Map.of("consentValidMonths", "2000-01-01:1.5")).parameters().problems().size());
        assertTrue(c.program(Map.of()).parameters().problems().isEmpty());
    }

    @Test
    public void shippedConfigurationEqualsTheDefaults() throws Exception {
        Properties shipped = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(Paths.get("src/main/cfg/org.doudi.program.charity.cfg")),
                StandardCharsets.UTF_8)) {
            shipped.load(r);
        }
        assertEquals(CharityConfig.class.getMethod("consentValidMonths").getDefaultValue(),
                shipped.getProperty("consentValidMonths"));
        assertEquals(1, shipped.size());
    }
}
