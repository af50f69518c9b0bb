package org.doudi.registry.internal.monitoring;

/** An input row that breaks a rule: reported with its line and skipped, the rest goes on. */
final class RowRejected extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason the field and the rule it broke, in words ({@code date: format: …}) */
    RowRejected(String reason) {
        super(reason, null, false, false);
    }

    static RowRejected of(String field, String rule, String message) {
        return new RowRejected(field + ": " + rule + ": " + message);
    }
}
