package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** A record a program bundle keeps in the core; its lookup keys are {@link ProgramRecordKeyRow}s. */
@Entity
@Table(name = "program_record")
public class ProgramRecordEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "program_id", nullable = false, updatable = false)
    private String programId;
    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;
    @Column(name = "household_id")
    private String householdId;
    @Column(name = "street")
    private String street;
    @Column(name = "status")
    private String status;
    @Column(name = "event_date")
    private LocalDate eventDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "amount")
    private BigDecimal amount;
    @Lob
    @Column(name = "body")
    private String body;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public void setIdentity(String id, String programId, String kind) {
        this.id = id;
        this.programId = programId;
        this.kind = kind;
    }
    public void setContent(String householdId, String street, String status, LocalDate eventDate, LocalDate dueDate,
            BigDecimal amount, String body) {
        this.householdId = householdId;
        this.street = street;
        this.status = status;
        this.eventDate = eventDate;
        this.dueDate = dueDate;
        this.amount = amount;
        this.body = body;
    }
    public void setCreated(String by, LocalDateTime at) {
        this.createdBy = by;
        this.createdAt = at;
        setUpdated(by, at);
    }
    public void setUpdated(String by, LocalDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getId() { return id; }
    public String getProgramId() { return programId; }
    public String getKind() { return kind; }
    public String getHouseholdId() { return householdId; }
    public String getStreet() { return street; }
    public String getStatus() { return status; }
    public LocalDate getEventDate() { return eventDate; }
    public LocalDate getDueDate() { return dueDate; }
    public BigDecimal getAmount() { return amount; }
    public String getBody() { return body; }
    public long getVersion() { return version; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
}
