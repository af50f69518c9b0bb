package org.doudi.program.charity.internal;

/**
 * Why a line of an import was skipped.
 *
 * @param line   the line number in the file (the header is line 1)
 * @param field  the column at fault, or {@code (line)} for the line as a whole
 * @param reason what is wrong, never the whole ID number
 */
public record ImportError(int line, String field, String reason) {
}
