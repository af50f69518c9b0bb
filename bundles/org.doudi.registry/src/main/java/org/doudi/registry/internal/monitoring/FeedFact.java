package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One checked partner fact, as {@code feed_record} keeps it.
 *
 * @param position the CSV line (1 = the header) or the JSON record's index + 1
 * @param idNumber the normalised ID number
 * @param date     the fact's date
 * @param key      the type's key column, or null
 * @param amount   the type's amount column in yuan (2 decimals), or null
 * @param detail   the other columns as {@code name=value; …}, or null
 */
record FeedFact(long position, String idNumber, LocalDate date, String key, BigDecimal amount, String detail) {
}
