package org.doudi.registry.internal.imports;

/**
 * A rejected input row: its line, the household it belongs to, and why.
 *
 * @param line   the physical line of the file (1 = the header)
 * @param ref    the row's household reference, or null when it has none
 * @param reason the column, the rule it broke and the detail, e.g. {@code idNumber (checksum): …}
 */
record RowError(long line, String ref, String reason) {
    static final int MAX_REASON = 500;

    /** The reason text: {@code column (rule): detail}, cut to the column's width. */
    static String reason(String column, String rule, String detail) {
        String text = column + " (" + rule + "): " + detail;
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON - 1) + "…" : text;
    }
}
