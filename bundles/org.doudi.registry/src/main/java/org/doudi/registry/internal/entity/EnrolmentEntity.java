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
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;

/** An enrolment row with its status changes. */
@Entity
@Table(name = "enrolment")
public class EnrolmentEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "household_id", nullable = false)
    private String householdId;
    @Column(name = "program_id", nullable = false)
    private String programId;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(name = "street", nullable = false)
    private String street;
    @Column(name = "monthly_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal monthlyAmount;
    @Column(name = "start_month", nullable = false)
    private String startMonth;
    @Column(name = "next_review", nullable = false)
    private LocalDate nextReview;
    @Column(name = "payee_account")
    private String payeeAccount;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EnrolmentStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_reason")
    private TerminationReason statusReason;
    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "enrolment_change", joinColumns = @JoinColumn(name = "enrolment_id"))
    @OrderColumn(name = "seq")
    private List<EnrolmentChangeRow> changes = new ArrayList<>();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getHouseholdId() { return householdId; }
    public void setHouseholdId(String householdId) { this.householdId = householdId; }
    public String getProgramId() { return programId; }
    public void setProgramId(String programId) { this.programId = programId; }
    public String getCaseId() { return caseId; }
    public void setCaseId(String caseId) { this.caseId = caseId; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public BigDecimal getMonthlyAmount() { return monthlyAmount; }
    public void setMonthlyAmount(BigDecimal monthlyAmount) { this.monthlyAmount = monthlyAmount; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String startMonth) { this.startMonth = startMonth; }
    public LocalDate getNextReview() { return nextReview; }
    public void setNextReview(LocalDate nextReview) { this.nextReview = nextReview; }
    public String getPayeeAccount() { return payeeAccount; }
    public void setPayeeAccount(String payeeAccount) { this.payeeAccount = payeeAccount; }
    public EnrolmentStatus getStatus() { return status; }
    public void setStatus(EnrolmentStatus status) { this.status = status; }
    public TerminationReason getStatusReason() { return statusReason; }
    public void setStatusReason(TerminationReason statusReason) { this.statusReason = statusReason; }
    public LocalDate getStatusSince() { return statusSince; }
    public void setStatusSince(LocalDate statusSince) { this.statusSince = statusSince; }
    public long getVersion() { return version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
    public List<EnrolmentChangeRow> getChanges() { return changes; }
}
