package org.doudi.api.program;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value of a parameter and the day it takes effect; it stays in force until the next value's day.
 *
 * @param from  the first day the value applies
 * @param value the value (yuan, a multiple, a share, a count of months ...)
 */
public record EffectiveValue(LocalDate from, BigDecimal value) {
}
