package org.doudi.registry.internal.imports;

/** A cell breaks a rule of the import format: the row, and with it its household, is not imported. */
final class RowException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String column;
    private final String rule;

    RowException(String column, String rule, String message) {
        super(message, null, false, false);
        this.column = column;
        this.rule = rule;
    }

    /** The reason as a job error shows it: the column, the rule and the detail. */
    String reason() {
        return RowError.reason(column, rule, getMessage());
    }
}
