package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.doudi.api.registry.ExpenditureType;

/** A rigid expenditure of a household member over a period. */
@Embeddable
public class ExpenditureRow {
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "expenditure_type", nullable = false)
    private ExpenditureType type;
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;
    @Column(name = "from_date", nullable = false)
    private LocalDate from;
    @Column(name = "to_date", nullable = false)
    private LocalDate to;
    @Column(name = "source", nullable = false)
    private String source;

    public ExpenditureRow() {
    }

    public ExpenditureRow(String personId, ExpenditureType type, BigDecimal amount, LocalDate from, LocalDate to,
            String source) {
        this.personId = personId;
        this.type = type;
        this.amount = amount;
        this.from = from;
        this.to = to;
        this.source = source;
    }

    public String getPersonId() { return personId; }
    public ExpenditureType getType() { return type; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public String getSource() { return source; }
}
