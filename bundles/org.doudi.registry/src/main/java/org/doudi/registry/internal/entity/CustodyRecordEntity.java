package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.doudi.api.supervision.CustodyConsent;
import org.doudi.api.supervision.CustodyItem;

/** A card or passbook custody (卡折代管备案): active while {@code endedOn} is null. */
@Entity
@Table(name = "custody_record")
public class CustodyRecordEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "household_id", nullable = false, updatable = false)
    private String householdId;
    @Column(name = "street", nullable = false, updatable = false)
    private String street;
    @Column(name = "person_id", nullable = false, updatable = false)
    private String personId;
    @Column(name = "recipient_name", nullable = false, updatable = false)
    private String recipientName;
    @Column(name = "recipient_id_number", updatable = false)
    private String recipientIdNumber;
    @Column(name = "custodian_name", nullable = false, updatable = false)
    private String custodianName;
    @Column(name = "custodian_id_number", nullable = false, updatable = false)
    private String custodianIdNumber;
    @Column(name = "custodian_relation", nullable = false, updatable = false)
    private String custodianRelation;
    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false, updatable = false)
    private CustodyItem item;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "held_since", nullable = false, updatable = false)
    private LocalDate since;
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_by", nullable = false, updatable = false)
    private CustodyConsent consentBy;
    @Column(name = "consent_name", nullable = false, updatable = false)
    private String consentName;
    @Column(name = "consent_on", nullable = false, updatable = false)
    private LocalDate consentOn;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "ended_by")
    private String endedBy;
    @Column(name = "ended_at")
    private LocalDateTime endedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public void setId(String id) { this.id = id; }
    public void setHousehold(String householdId, String street) {
        this.householdId = householdId;
        this.street = street;
    }
    public void setRecipient(String personId, String name, String idNumber) {
        this.personId = personId;
        this.recipientName = name;
        this.recipientIdNumber = idNumber;
    }
    public void setCustodian(String name, String idNumber, String relation) {
        this.custodianName = name;
        this.custodianIdNumber = idNumber;
        this.custodianRelation = relation;
    }
    public void setHolding(CustodyItem item, String account, LocalDate since, String reason) {
        this.item = item;
        this.account = account;
        this.since = since;
        this.reason = reason;
    }
    public void setConsent(CustodyConsent by, String name, LocalDate on) {
        this.consentBy = by;
        this.consentName = name;
        this.consentOn = on;
    }
    public void setRecorded(String by, LocalDateTime at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }
    public void end(LocalDate on, String why, String by, LocalDateTime at) {
        this.endedOn = on;
        this.endReason = why;
        this.endedBy = by;
        this.endedAt = at;
    }

    public String getId() { return id; }
    public String getHouseholdId() { return householdId; }
    public String getStreet() { return street; }
    public String getPersonId() { return personId; }
    public String getRecipientName() { return recipientName; }
    public String getRecipientIdNumber() { return recipientIdNumber; }
    public String getCustodianName() { return custodianName; }
    public String getCustodianIdNumber() { return custodianIdNumber; }
    public String getCustodianRelation() { return custodianRelation; }
    public CustodyItem getItem() { return item; }
    public String getAccount() { return account; }
    public LocalDate getSince() { return since; }
    public String getReason() { return reason; }
    public CustodyConsent getConsentBy() { return consentBy; }
    public String getConsentName() { return consentName; }
    public LocalDate getConsentOn() { return consentOn; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
    public String getEndedBy() { return endedBy; }
    public LocalDateTime getEndedAt() { return endedAt; }
    public long getVersion() { return version; }
}
