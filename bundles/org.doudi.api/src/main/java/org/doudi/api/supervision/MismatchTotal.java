package org.doudi.api.supervision;

import java.math.BigDecimal;

/**
 * How many mismatches of one kind a group has, and the money they concern (see {@link Mismatch#amount()}).
 *
 * @param kind   the kind
 * @param count  how many
 * @param amount their amounts summed, yuan
 */
public record MismatchTotal(MismatchKind kind, long count, BigDecimal amount) {
}
