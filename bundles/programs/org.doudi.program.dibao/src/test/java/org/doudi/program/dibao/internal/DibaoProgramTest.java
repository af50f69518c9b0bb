package org.doudi.program.dibao.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.IncomeType;
import org.junit.Test;

/** The component as the core sees it: info, the whole decision, misconfiguration and dates before the series. */
public class DibaoProgramTest {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    private static DibaoProgram program(ProgramParameters parameters) {
        DibaoProgram p = new DibaoProgram();
        p.apply(parameters, "1.2.3");
        return p;
    }

    private static Household g1(LocalDate asOf) {
        return TestHousehold.asOf(asOf).person("a", 40).person("b", 38).person("c", 10).perCapitaIncome("800.00")
                .build();
    }

    @Test
    public void infoNamesTheProgramAndItsEvidence() {
        DibaoProgram p = program(DibaoParameters.read(Map.of()));
        assertEquals("dibao", p.info().id());
        assertEquals("最低生活保障", p.info().nameZh());
        assertEquals("1.2.3", p.info().version());
        assertTrue(p.info().paysMonthlyCash());
        assertEquals(12, p.info().reviewIntervalMonths());
        assertEquals(List.of("ID_CARD_HUKOU", "INCOME_PROOF", "ECONOMIC_CHECK_AUTHORISATION", "APPLICATION_FORM",
                "DISABILITY_CERTIFICATE"), p.info().evidence().stream().map(e -> e.code()).collect(Collectors.toList()));
        assertEquals("org.doudi.program.dibao", AssistanceProgram.pidOf(p.info().id()));
    }

    @Test
    public void g1DecisionHoldsForTwelveMonths() {
        ProgramDecision d = program(DibaoParameters.read(Map.of())).evaluate(g1(DAY), DAY);
        assertTrue(d.eligible());
        assertEquals(new BigDecimal("1590.00"), d.monthlyAmount());
        assertEquals(LocalDate.of(2025, 9, 30), d.validUntil());
        assertEquals(new BigDecimal("1330.00"), d.parameters().get("standard"));
        assertEquals("1.2.3", d.programVersion());
    }

    @Test
    public void g2DecisionIsNegativeWithNoAmount() {
        Household h = TestHousehold.asOf(DAY).person("a", 40).person("b", 38).person("c", 10)
                .perCapitaIncome("1330.00").build();
        ProgramDecision d = program(DibaoParameters.read(Map.of())).evaluate(h, DAY);
        assertFalse(d.eligible());
        assertEquals(new BigDecimal("0.00"), d.monthlyAmount());
        assertEquals(null, d.validUntil());
    }

    @Test
    public void misconfiguredParametersAreRecordedAndEvaluationAnswers503() {
        ProgramParameters bad = DibaoParameters.read(Map.of(DibaoParameters.STANDARD, "2021-07-01:13x0"));
        assertEquals(1, bad.problems().size());
        assertTrue(bad.problems().get(0).contains("standard"));
        DibaoProgram p = program(bad);
        assertEquals(bad, p.parameters());
        try {
            p.evaluate(g1(DAY), DAY);
            fail("a misconfigured program must not evaluate");
        } catch (DoudiException e) {
            assertEquals(503, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains("13x0"));
        }
    }

    @Test
    public void wholeNumbersAndTheFlagAreChecked() {
        assertEquals(1, DibaoParameters.read(Map.of(DibaoParameters.ELDERLY_AGE, "2021-07-01:60.5")).problems().size());
        assertEquals(0, DibaoParameters.read(Map.of(DibaoParameters.ELDERLY_AGE, "2021-07-01:60.0")).problems().size());
        assertEquals(1, DibaoParameters.read(Map.of(DibaoParameters.COVER_NON_LOCAL, "2021-07-01:2")).problems().size());
        assertEquals(1, DibaoParameters.read(Map.of(DibaoParameters.STANDARD,
                "2022-07-01:1420.00, 2021-07-01:1330.00")).problems().size());
        assertEquals(2, DibaoParameters.read(Map.of(DibaoParameters.ADD_ON_MINOR, "",
                DibaoParameters.GRADUAL_EXIT_MONTHS, "2021-07-01:-1")).problems().size());
    }

    @Test
    public void aDateBeforeTheFirstValueIsRefused() {
        LocalDate early = LocalDate.of(2021, 6, 30);
        try {
            program(DibaoParameters.read(Map.of())).evaluate(g1(early), early);
            fail("no standard is in force on " + early);
        } catch (ValidationException e) {
            assertEquals(422, e.status());
            assertEquals("asOf", e.violations().get(0).field());
        }
        assertTrue(program(DibaoParameters.read(Map.of())).evaluate(g1(early.plusDays(1)), early.plusDays(1))
                .eligible());
    }

    @Test
    public void gradualExitAsksTheRegistryForTheIncomeBeforeTheWork() {
        DibaoProgram p = program(DibaoParameters.read(Map.of()));
        LocalDate asOf = LocalDate.of(2022, 8, 1);
        p.households = (HouseholdService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HouseholdService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("deriveFigures")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Household h = (Household) args[0];
                    assertEquals(1, h.incomes().size());
                    assertEquals(asOf, args[1]);
                    return TestHousehold.asOf(asOf).person("a", 45).perCapitaIncome("500.00").build();
                });
        Household h = TestHousehold.asOf(asOf).person("a", 45).tag(IdentityTags.DIBAO, LocalDate.of(2021, 1, 1))
                .income(IncomeType.OTHER, "500.00", null).income(IncomeType.WAGE, "2000.00", LocalDate.of(2022, 6, 1))
                .perCapitaIncome("1400.00").build();
        ProgramDecision d = p.evaluate(h, asOf);
        assertTrue(d.eligible());
        assertEquals(new BigDecimal("830.00"), d.monthlyAmount());
    }
}
