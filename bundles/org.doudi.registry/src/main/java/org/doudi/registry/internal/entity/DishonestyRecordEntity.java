package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;
import org.doudi.api.supervision.DishonestyKind;

/** A dishonesty record (失信记录) with the months of its overpayment and the payments recovered. */
@Entity
@Table(name = "dishonesty_record")
public class DishonestyRecordEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Column(name = "person_name", nullable = false)
    private String name;
    @Column(name = "household_id", nullable = false)
    private String householdId;
    @Column(name = "street", nullable = false)
    private String street;
    @Column(name = "program_id", nullable = false)
    private String programId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private DishonestyKind kind;
    @Column(name = "decision", nullable = false)
    private String decision;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;
    @Column(name = "overpaid_from", nullable = false)
    private String overpaidFrom;
    @Column(name = "overpaid_to", nullable = false)
    private String overpaidTo;
    @Column(name = "overpaid_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal overpaidAmount;
    @Column(name = "overpayment_note")
    private String overpaymentNote;
    @Column(name = "fine_multiple", nullable = false, precision = 4, scale = 2)
    private BigDecimal fineMultiple;
    @Column(name = "fine_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal fineAmount;
    @Column(name = "recovered_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal recoveredAmount;
    /** The enrolments ended with the record, comma-separated. */
    @Column(name = "terminated_enrolments")
    private String terminatedEnrolments;
    @Column(name = "listed_until")
    private LocalDate listedUntil;
    @Column(name = "lifted_on")
    private LocalDate liftedOn;
    @Column(name = "lift_reason")
    private String liftReason;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "dishonesty_month", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "seq")
    private List<DishonestyMonthRow> months = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dishonesty_recovery", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "seq")
    private List<DishonestyRecoveryRow> recoveries = new ArrayList<>();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getHouseholdId() { return householdId; }
    public void setHouseholdId(String householdId) { this.householdId = householdId; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getProgramId() { return programId; }
    public void setProgramId(String programId) { this.programId = programId; }
    public DishonestyKind getKind() { return kind; }
    public void setKind(DishonestyKind kind) { this.kind = kind; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getOverpaidFrom() { return overpaidFrom; }
    public void setOverpaidFrom(String overpaidFrom) { this.overpaidFrom = overpaidFrom; }
    public String getOverpaidTo() { return overpaidTo; }
    public void setOverpaidTo(String overpaidTo) { this.overpaidTo = overpaidTo; }
    public BigDecimal getOverpaidAmount() { return overpaidAmount; }
    public void setOverpaidAmount(BigDecimal overpaidAmount) { this.overpaidAmount = overpaidAmount; }
    public BigDecimal getFineMultiple() { return fineMultiple; }
    public void setFineMultiple(BigDecimal fineMultiple) { this.fineMultiple = fineMultiple; }
    public BigDecimal getFineAmount() { return fineAmount; }
    public void setFineAmount(BigDecimal fineAmount) { this.fineAmount = fineAmount; }
    public BigDecimal getRecoveredAmount() { return recoveredAmount; }
    public void setRecoveredAmount(BigDecimal recoveredAmount) { this.recoveredAmount = recoveredAmount; }
    public String getTerminatedEnrolments() { return terminatedEnrolments; }
    public void setTerminatedEnrolments(String terminatedEnrolments) { this.terminatedEnrolments = terminatedEnrolments; }
    public LocalDate getListedUntil() { return listedUntil; }
    public void setListedUntil(LocalDate listedUntil) { this.listedUntil = listedUntil; }
    public LocalDate getLiftedOn() { return liftedOn; }
    public void setLiftedOn(LocalDate liftedOn) { this.liftedOn = liftedOn; }
    public String getLiftReason() { return liftReason; }
    public void setLiftReason(String liftReason) { this.liftReason = liftReason; }
    public String getLiftedBy() { return liftedBy; }
    public void setLiftedBy(String liftedBy) { this.liftedBy = liftedBy; }
    public String getRecordedBy() { return recordedBy; }
    public void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime recordedAt) { this.recordedAt = recordedAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
    public List<DishonestyMonthRow> getMonths() { return months; }
    public List<DishonestyRecoveryRow> getRecoveries() { return recoveries; }

    public String getOverpaymentNote() { return overpaymentNote; }
    public void setOverpaymentNote(String overpaymentNote) { this.overpaymentNote = overpaymentNote; }
}
