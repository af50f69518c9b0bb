package org.doudi.registry.internal.casework;

import static org.junit.Assert.assertEquals;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.registry.Household;
import org.junit.Test;

public class ReviewIntervalTest {

    static final CaseworkConfig CONFIG = new CaseworkConfig() {
        public Class<? extends Annotation> annotationType() { return CaseworkConfig.class; }
        public int decisionWorkingDays() { return 20; }
        public int extendedWorkingDays() { return 45; }
        public int publicNoticeDays() { return 7; }
        public double complexReviewFactor() { return 0.5; }
        public int reviewWorkingDays() { return 10; }
        public int reconsiderationDays() { return 60; }
        public int appealWindowDays() { return 60; }
    };

    private static Household household(boolean separated) {
        return new Household("H", "tianshanlu", null, null, null, "a", "b", List.of(), List.of(), List.of(), List.of(), 1,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, separated, false, false,
                LocalDate.of(2024, 10, 1), 1L, null, null, null);
    }

    @Test
    public void complexHouseholdsAreReviewedMoreOften() {
        ProgramDecision d = new ProgramDecision("dibao", "1", "H", LocalDate.of(2024, 10, 1), true,
                new BigDecimal("1590.00"), List.of(), List.of(), LocalDate.of(2025, 9, 30), Map.of());
        assertEquals(12, Grants.reviewMonths(d, household(false), CONFIG));
        assertEquals(6, Grants.reviewMonths(d, household(true), CONFIG));
    }
}
