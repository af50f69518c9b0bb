package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One month of an overpayment: an enrolment on that month's roll with its amount. */
@Embeddable
public class DishonestyMonthRow {
    @Column(name = "pay_month", nullable = false)
    private String month;
    @Column(name = "enrolment_id", nullable = false)
    private String enrolmentId;
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    public DishonestyMonthRow() {
    }

    public DishonestyMonthRow(String month, String enrolmentId, BigDecimal amount) {
        this.month = month;
        this.enrolmentId = enrolmentId;
        this.amount = amount;
    }

    public String getMonth() { return month; }
    public String getEnrolmentId() { return enrolmentId; }
    public BigDecimal getAmount() { return amount; }
}
