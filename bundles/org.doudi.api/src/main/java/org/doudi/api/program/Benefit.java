package org.doudi.api.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A monthly entitlement: the amount and how it was reached. The amount is the sum of the lines, rounded half-up
 * to the fen once (ARCHITECTURE: rounding once, on the final monthly amount per household).
 *
 * @param monthlyAmount yuan per month, two decimals
 * @param breakdown     the lines that add up to it
 */
public record Benefit(BigDecimal monthlyAmount, List<BenefitLine> breakdown) {

    public Benefit {
        breakdown = List.copyOf(breakdown);
    }

    /** The benefit of the given lines: their sum, rounded half-up to two decimals. */
    public static Benefit of(List<BenefitLine> lines) {
        BigDecimal sum = lines.stream().map(BenefitLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Benefit(sum.setScale(2, RoundingMode.HALF_UP), lines);
    }

    /** No monthly cash, with the reason as the only line. */
    public static Benefit none(String why) {
        return new Benefit(BigDecimal.ZERO.setScale(2), List.of(new BenefitLine("none", why, BigDecimal.ZERO.setScale(2))));
    }
}
