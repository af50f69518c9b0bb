package org.doudi.api.supervision;

/**
 * A row of the platform's file that was not reconciled because a value is wrong. The rest of the file is
 * reconciled all the same. Messages never contain a whole ID number.
 *
 * @param line    the CSV line (1 = the header)
 * @param field   the column, e.g. {@code idNumber}
 * @param rule    a stable rule code, e.g. {@code checksum}, {@code required}, {@code month}
 * @param message what is wrong
 */
public record ReconciliationRowError(long line, String field, String rule, String message) {
}
