package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.doudi.api.registry.IncomeType;

/** An income item of a household member. */
@Embeddable
public class IncomeRow {
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "income_type", nullable = false)
    private IncomeType type;
    @Column(name = "monthly_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal monthlyAmount;
    @Column(name = "from_date")
    private LocalDate from;
    @Column(name = "to_date")
    private LocalDate to;
    @Column(name = "source", nullable = false)
    private String source;
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    public IncomeRow() {
    }

    public IncomeRow(String personId, IncomeType type, BigDecimal monthlyAmount, LocalDate from, LocalDate to,
            String source, LocalDate asOf) {
        this.personId = personId;
        this.type = type;
        this.monthlyAmount = monthlyAmount;
        this.from = from;
        this.to = to;
        this.source = source;
        this.asOf = asOf;
    }

    public String getPersonId() { return personId; }
    public IncomeType getType() { return type; }
    public BigDecimal getMonthlyAmount() { return monthlyAmount; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public String getSource() { return source; }
    public LocalDate getAsOf() { return asOf; }
}
