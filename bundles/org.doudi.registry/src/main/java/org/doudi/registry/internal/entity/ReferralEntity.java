package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.doudi.api.resources.ReferralStatus;

/** A referral (转介) of a household's need to a resource. */
@Entity
@Table(name = "referral")
public class ReferralEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "household_id", nullable = false, updatable = false)
    private String householdId;
    @Column(name = "street", nullable = false, updatable = false)
    private String street;
    @Column(name = "resource_id", nullable = false, updatable = false)
    private String resourceId;
    @Column(name = "dimension", updatable = false)
    private String dimension;
    @Column(name = "amount", updatable = false)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReferralStatus status;
    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;
    @Column(name = "note", updatable = false)
    private String note;
    @Column(name = "outcome")
    private String outcome;
    @Column(name = "outcome_on")
    private LocalDate outcomeOn;
    @Column(name = "referred_by", nullable = false, updatable = false)
    private String referredBy;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public void setReferral(String id, String householdId, String street, String resourceId, String dimension,
            BigDecimal amount, LocalDate referredOn, String note, String by, LocalDateTime at) {
        this.id = id;
        this.householdId = householdId;
        this.street = street;
        this.resourceId = resourceId;
        this.dimension = dimension;
        this.amount = amount;
        this.status = ReferralStatus.REFERRED;
        this.referredOn = referredOn;
        this.note = note;
        this.referredBy = by;
        this.updatedBy = by;
        this.updatedAt = at;
    }
    public void setOutcome(ReferralStatus status, String outcome, LocalDate on, String by, LocalDateTime at) {
        this.status = status;
        this.outcome = outcome;
        this.outcomeOn = on;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getId() { return id; }
    public String getHouseholdId() { return householdId; }
    public String getStreet() { return street; }
    public String getResourceId() { return resourceId; }
    public String getDimension() { return dimension; }
    public BigDecimal getAmount() { return amount; }
    public ReferralStatus getStatus() { return status; }
    public LocalDate getReferredOn() { return referredOn; }
    public String getNote() { return note; }
    public String getOutcome() { return outcome; }
    public LocalDate getOutcomeOn() { return outcomeOn; }
    public String getReferredBy() { return referredBy; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
