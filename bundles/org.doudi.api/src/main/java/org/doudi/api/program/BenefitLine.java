package org.doudi.api.program;

import java.math.BigDecimal;

/**
 * One line of a benefit's breakdown, e.g. {@code base: (1,330.00 − 800.00) × 3 = 1,590.00}.
 *
 * @param item   stable code of the line, e.g. {@code base}, {@code add-on-elderly}
 * @param detail the calculation in words, with the figures
 * @param amount the line's monthly amount in yuan (not rounded further)
 */
public record BenefitLine(String item, String detail, BigDecimal amount) {
}
