package org.doudi.registry.internal.entity;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A row of the platform's file a reconciliation left out: its line, the column and what is wrong. */
@Embeddable
public class ReconciliationErrorRow {
    @Column(name = "line_no", nullable = false)
    private long line;
    @Column(name = "field", nullable = false)
    private String field;
    @Column(name = "rule", nullable = false)
    private String rule;
    @Column(name = "message", nullable = false)
    private String message;

    public ReconciliationErrorRow() {
    }

    public ReconciliationErrorRow(long line, String field, String rule, String message) {
        this.line = line;
        this.field = field;
        this.rule = rule;
        this.message = message;
    }

    public long getLine() { return line; }
    public String getField() { return field; }
    public String getRule() { return rule; }
    public String getMessage() { return message; }
}
