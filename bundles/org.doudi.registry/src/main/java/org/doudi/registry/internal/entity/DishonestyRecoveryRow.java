package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A payment recovered on a dishonesty record. */
@Embeddable
public class DishonestyRecoveryRow {
    @Column(name = "recovery_no", nullable = false)
    private int number;
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;
    @Column(name = "received_on", nullable = false)
    private LocalDate on;
    @Column(name = "note")
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    public DishonestyRecoveryRow() {
    }

    public DishonestyRecoveryRow(int number, BigDecimal amount, LocalDate on, String note, String recordedBy,
            LocalDateTime recordedAt) {
        this.number = number;
        this.amount = amount;
        this.on = on;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public int getNumber() { return number; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getOn() { return on; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
