package org.doudi.program.dibaoedge.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.EvidenceRequirement;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.registry.Household;
import org.junit.Test;

/** The component as the core sees it, its configuration, and what happens when either program is misconfigured. */
public class DibaoEdgeProgramTest {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    private static DibaoEdgeProgram program(ProgramParameters parameters, String dibaoStandard) {
        DibaoEdgeProgram p = new DibaoEdgeProgram();
        p.dibao = new FakeDibao(dibaoStandard);
        p.apply(parameters, "1.2.3");
        return p;
    }

    private static Household couple(LocalDate asOf, String income) {
        return TestHousehold.of(2, asOf).perCapitaIncome(income).build();
    }

    @Test
    public void infoNamesTheProgramAndItsEvidence() {
        DibaoEdgeProgram p = program(DibaoEdgeParameters.read(Map.of()), "2021-07-01:1330.00");
        assertEquals("dibao-edge", p.info().id());
        assertEquals("最低生活保障边缘家庭", p.info().nameZh());
        assertFalse(p.info().paysMonthlyCash());
        assertEquals(12, p.info().reviewIntervalMonths());
        assertEquals("1.2.3", p.info().version());
        assertTrue(p.info().evidence().stream().map(EvidenceRequirement::nameZh).anyMatch("低保边缘家庭申请书"::equals));
        assertEquals("org.doudi.program.dibaoedge", AssistanceProgram.pidOf(p.info().id()));
    }

    @Test
    public void g4DecisionRecognisesWithoutCash() {
        ProgramDecision d = program(DibaoEdgeParameters.read(Map.of()), "2021-07-01:1330.00")
                .evaluate(couple(DAY, "2000.00"), DAY);
        assertTrue(d.eligible());
        assertEquals(new BigDecimal("0.00"), d.monthlyAmount());
        assertEquals(DibaoEdgeRules.NO_CASH, d.breakdown().get(0).detail());
        assertEquals(LocalDate.of(2025, 9, 30), d.validUntil());
        assertEquals(new BigDecimal("2"), d.parameters().get("incomeMultiple"));
        ProgramDecision no = program(DibaoEdgeParameters.read(Map.of()), "2021-07-01:1330.00")
                .evaluate(couple(DAY, "2660.00"), DAY);
        assertFalse(no.eligible());
        assertEquals(null, no.validUntil());
    }

    @Test
    public void ownMisconfigurationAnswers503() {
        ProgramParameters bad = DibaoEdgeParameters.read(Map.of(DibaoEdgeParameters.INCOME_MULTIPLE, "2021-07-01:two"));
        assertEquals(1, bad.problems().size());
        try {
            program(bad, "2021-07-01:1330.00").evaluate(couple(DAY, "2000.00"), DAY);
            fail("a misconfigured program must not evaluate");
        } catch (DoudiException e) {
            assertEquals(503, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains("incomeMultiple"));
        }
        assertEquals(1, DibaoEdgeParameters.read(Map.of(DibaoEdgeParameters.INCOME_MULTIPLE,
                "2021-07-01:2, 2025-01-01:0.9")).problems().size());
    }

    @Test
    public void misconfiguredDibaoStandardAnswers503() {
        try {
            program(DibaoEdgeParameters.read(Map.of()), "2021-07-01:13x0").evaluate(couple(DAY, "2000.00"), DAY);
            fail("no dibao standard to compare with");
        } catch (DoudiException e) {
            assertEquals(503, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains("dibao"));
        }
    }

    @Test
    public void aDateBeforeTheFirstValueIsRefused() {
        LocalDate early = LocalDate.of(2021, 6, 30);
        try {
            program(DibaoEdgeParameters.read(Map.of()), "2021-07-01:1330.00").evaluate(couple(early, "2000.00"), early);
            fail("no value is in force on " + early);
        } catch (ValidationException e) {
            assertEquals(422, e.status());
            assertEquals("asOf", e.violations().get(0).field());
        }
    }

    @Test
    public void aDibaoStandardStartingLaterIsRefusedToo() {
        try {
            LocalDate asOf = LocalDate.of(2022, 6, 30);
            program(DibaoEdgeParameters.read(Map.of()), "2022-07-01:1420.00").evaluate(couple(asOf, "2000.00"), asOf);
            fail("no dibao standard in force");
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("standard"));
        }
    }

    @Test
    public void shippedCfgEqualsTheDefaults() throws Exception {
        Properties cfg = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/cfg/org.doudi.program.dibaoedge.cfg"),
                StandardCharsets.UTF_8)) {
            cfg.load(r);
        }
        Set<String> names = DibaoEdgeParameters.DEFINITIONS.stream().map(DibaoEdgeParameters.Definition::name)
                .collect(Collectors.toSet());
        assertEquals(names, cfg.stringPropertyNames());
        for (DibaoEdgeParameters.Definition d : DibaoEdgeParameters.DEFINITIONS) {
            assertEquals(d.name(), d.defaultText(), cfg.getProperty(d.name()));
            assertEquals(d.name(), d.defaultText(), DibaoEdgeConfig.class.getMethod(d.name()).getDefaultValue());
        }
        assertEquals(names.size(), DibaoEdgeConfig.class.getDeclaredMethods().length);
        ProgramParameters p = DibaoEdgeParameters.read(Map.of());
        assertEquals(List.of(), p.problems());
        assertTrue("no yearly standard of its own", p.staleStandards(LocalDate.of(2030, 1, 1)).isEmpty());
    }
}
