package org.doudi.api.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.junit.Test;

public class ParameterSeriesTest {

    private static final ParameterSeries STANDARD = ParameterSeries.parse("standard", "dibao standard", true,
            "2021-07-01:1330.00, 2022-07-01:1420.00;2023-07-01:1510.00");

    @Test
    public void theValueInForceIsTheLastOneThatTookEffectByTheDate() {
        assertFalse(STANDARD.on(LocalDate.of(2021, 6, 30)).isPresent());
        assertEquals(new BigDecimal("1330.00"), STANDARD.on(LocalDate.of(2021, 7, 1)).get().value());
        assertEquals(new BigDecimal("1330.00"), STANDARD.on(LocalDate.of(2022, 6, 30)).get().value());
        assertEquals(new BigDecimal("1420.00"), STANDARD.on(LocalDate.of(2022, 7, 1)).get().value());
        assertEquals(new BigDecimal("1510.00"), STANDARD.on(LocalDate.of(2030, 1, 1)).get().value());
        assertEquals("2021-07-01:1330.00, 2022-07-01:1420.00, 2023-07-01:1510.00", STANDARD.text());
    }

    @Test
    public void malformedSeriesAreRefusedNamingTheParameter() {
        for (String bad : List.of("", "1330", "2021-13-01:1330", "2021-07-01:abc", "2021-07-01:-1",
                "2022-07-01:1420, 2021-07-01:1330", "2021-07-01:1330, 2021-07-01:1420")) {
            try {
                ParameterSeries.parse("standard", "", true, bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("standard: "));
            }
        }
    }

    @Test
    public void parametersAnswerWithTheValueInForceOrA422OnAsOf() {
        ProgramParameters p = ProgramParameters.builder("dibao")
                .standard("standard", "", "2021-07-01:1330.00, 2022-07-01:1420.00").series("gradualExitMonths", "", "2021-07-01:6")
                .build();
        assertEquals(new BigDecimal("1330.00"), p.valueOn("standard", LocalDate.of(2022, 6, 30)));
        assertEquals(new BigDecimal("1420.00"), p.valueOn("standard", LocalDate.of(2022, 7, 1)));
        assertEquals(6, p.intValueOn("gradualExitMonths", LocalDate.of(2022, 7, 1)));
        assertEquals(2, p.inForce(LocalDate.of(2022, 7, 1)).size());
        try {
            p.valueOn("standard", LocalDate.of(2021, 6, 30));
            fail();
        } catch (ValidationException e) {
            assertEquals("asOf", e.violations().get(0).field());
            assertEquals("parameterInForce", e.violations().get(0).rule());
        }
    }

    @Test
    public void aStandardInForceForMoreThanTwelveMonthsIsStale() {
        ProgramParameters p = ProgramParameters.builder("dibao").standard("standard", "", "2021-07-01:1330.00")
                .series("multiple", "", "2010-01-01:2").build();
        assertEquals(List.of(), p.staleStandards(LocalDate.of(2022, 7, 1)));
        assertEquals(1, p.staleStandards(LocalDate.of(2022, 7, 2)).size());
        assertTrue(p.staleStandards(LocalDate.of(2026, 11, 30)).get(0).contains("1330.00 since 2021-07-01"));
    }

    @Test
    public void aMisconfiguredProgramRefusesToEvaluateWith503() {
        ProgramParameters p = ProgramParameters.builder("dibao").standard("standard", "", "1330").build();
        assertEquals(1, p.problems().size());
        try {
            p.valueOn("standard", LocalDate.of(2022, 7, 1));
            fail();
        } catch (DoudiException e) {
            assertEquals(503, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains("org.doudi.program.dibao"));
        }
    }

    @Test
    public void amountsAreWrittenAsStaffReadThem() {
        assertEquals("1,330.00", Amounts.yuan(new BigDecimal("1330")));
        assertEquals("33,000.01", Amounts.yuan(new BigDecimal("33000.005")));
        assertEquals("1.3", Amounts.factor(new BigDecimal("1.30")));
        assertEquals("org.doudi.program.dibaoedge", AssistanceProgram.pidOf("dibao-edge"));
    }
}
