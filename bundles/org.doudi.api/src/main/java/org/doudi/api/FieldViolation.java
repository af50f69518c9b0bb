package org.doudi.api;

/**
 * One broken rule in a request: the JSON path of the offending field, a stable machine code for the rule,
 * and a message a person can act on (never containing a full ID number).
 *
 * @param field   JSON path of the field, e.g. {@code members[1].idNumber}
 * @param rule    stable rule code, e.g. {@code checksum}, {@code required}, {@code min}
 * @param message human-readable explanation naming the field and the rule
 */
public record FieldViolation(String field, String rule, String message) {
}
