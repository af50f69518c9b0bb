package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * One figure of a reconciliation: for a group (dimension ALL, STREET or PROGRAM, and its key) and a measure (ROLL,
 * PAID or a mismatch kind), how many and how much.
 */
@Embeddable
public class ReconciliationTotalRow {
    @Column(name = "dimension", nullable = false)
    private String dimension;
    @Column(name = "group_key", nullable = false)
    private String groupKey;
    @Column(name = "measure", nullable = false)
    private String measure;
    @Column(name = "item_count", nullable = false)
    private long count;
    @Column(name = "amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    public ReconciliationTotalRow() {
    }

    public ReconciliationTotalRow(String dimension, String groupKey, String measure, long count, BigDecimal amount) {
        this.dimension = dimension;
        this.groupKey = groupKey;
        this.measure = measure;
        this.count = count;
        this.amount = amount;
    }

    public String getDimension() { return dimension; }
    public String getGroupKey() { return groupKey; }
    public String getMeasure() { return measure; }
    public long getCount() { return count; }
    public BigDecimal getAmount() { return amount; }
}
