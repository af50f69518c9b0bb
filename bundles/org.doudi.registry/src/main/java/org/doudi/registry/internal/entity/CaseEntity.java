package org.doudi.registry.internal.entity;

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
import javax.persistence.Lob;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.ExtensionReason;

/** A case row with its steps, the objections raised during its public notice and the appeals against it. */
@Entity
@Table(name = "case_file")
public class CaseEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "household_id", nullable = false)
    private String householdId;
    @Column(name = "program_id", nullable = false)
    private String programId;
    @Column(name = "street", nullable = false)
    private String street;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;
    @Column(name = "accepted_on", nullable = false)
    private LocalDate acceptedOn;
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;
    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;
    @Column(name = "deadline_provisional", nullable = false)
    private boolean deadlineProvisional;
    @Column(name = "calendar_revision", nullable = false)
    private long calendarRevision;
    @Enumerated(EnumType.STRING)
    @Column(name = "extension_reason")
    private ExtensionReason extensionReason;
    @Column(name = "extension_note")
    private String extensionNote;
    @Column(name = "credit_commitment", nullable = false)
    private boolean creditCommitment;
    @Column(name = "verification_authorisation", nullable = false)
    private boolean verificationAuthorisation;
    @Column(name = "agent_name")
    private String agentName;
    @Column(name = "agent_relation")
    private String agentRelation;
    @Column(name = "payee_account")
    private String payeeAccount;
    @Column(name = "public_notice_until")
    private LocalDate publicNoticeUntil;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Lob
    @Column(name = "decision")
    private String decision;
    @Column(name = "enrolment_id")
    private String enrolmentId;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "case_transition", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseTransitionRow> transitions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_objection", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseObjectionRow> objections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_appeal", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseAppealRow> appeals = new ArrayList<>();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getHouseholdId() { return householdId; }
    public void setHouseholdId(String householdId) { this.householdId = householdId; }
    public String getProgramId() { return programId; }
    public void setProgramId(String programId) { this.programId = programId; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public void setAcceptedOn(LocalDate acceptedOn) { this.acceptedOn = acceptedOn; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public int getDeadlineDays() { return deadlineDays; }
    public void setDeadlineDays(int deadlineDays) { this.deadlineDays = deadlineDays; }
    public boolean isDeadlineProvisional() { return deadlineProvisional; }
    public void setDeadlineProvisional(boolean deadlineProvisional) { this.deadlineProvisional = deadlineProvisional; }
    public long getCalendarRevision() { return calendarRevision; }
    public void setCalendarRevision(long calendarRevision) { this.calendarRevision = calendarRevision; }
    public ExtensionReason getExtensionReason() { return extensionReason; }
    public void setExtensionReason(ExtensionReason extensionReason) { this.extensionReason = extensionReason; }
    public String getExtensionNote() { return extensionNote; }
    public void setExtensionNote(String extensionNote) { this.extensionNote = extensionNote; }
    public boolean isCreditCommitment() { return creditCommitment; }
    public void setCreditCommitment(boolean creditCommitment) { this.creditCommitment = creditCommitment; }
    public boolean isVerificationAuthorisation() { return verificationAuthorisation; }
    public void setVerificationAuthorisation(boolean v) { this.verificationAuthorisation = v; }
    public String getAgentName() { return agentName; }
    public void setAgentName(String agentName) { this.agentName = agentName; }
    public String getAgentRelation() { return agentRelation; }
    public void setAgentRelation(String agentRelation) { this.agentRelation = agentRelation; }
    public String getPayeeAccount() { return payeeAccount; }
    public void setPayeeAccount(String payeeAccount) { this.payeeAccount = payeeAccount; }
    public LocalDate getPublicNoticeUntil() { return publicNoticeUntil; }
    public void setPublicNoticeUntil(LocalDate publicNoticeUntil) { this.publicNoticeUntil = publicNoticeUntil; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(String enrolmentId) { this.enrolmentId = enrolmentId; }
    public long getVersion() { return version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
    public List<CaseTransitionRow> getTransitions() { return transitions; }
    public List<CaseObjectionRow> getObjections() { return objections; }
    public List<CaseAppealRow> getAppeals() { return appeals; }
}
