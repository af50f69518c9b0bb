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
import org.doudi.api.casework.CaseStatus;

/** A case drawn into a file check, with the facts it was drawn on and whether its file has been gone through. */
@Entity
@Table(name = "file_check_case")
public class FileCheckCaseEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "file_check_id", nullable = false)
    private String fileCheckId;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(name = "household_id", nullable = false)
    private String householdId;
    @Column(name = "program_id", nullable = false)
    private String programId;
    @Column(name = "street", nullable = false)
    private String street;
    @Enumerated(EnumType.STRING)
    @Column(name = "case_status", nullable = false)
    private CaseStatus caseStatus;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;
    @Column(name = "rank_no", nullable = false)
    private int rank;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;
    @Column(name = "review_note")
    private String reviewNote;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getFileCheckId() { return fileCheckId; }
    public void setFileCheckId(String fileCheckId) { this.fileCheckId = fileCheckId; }
    public String getCaseId() { return caseId; }
    public void setCaseId(String caseId) { this.caseId = caseId; }
    public String getHouseholdId() { return householdId; }
    public void setHouseholdId(String householdId) { this.householdId = householdId; }
    public String getProgramId() { return programId; }
    public void setProgramId(String programId) { this.programId = programId; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public CaseStatus getCaseStatus() { return caseStatus; }
    public void setCaseStatus(CaseStatus caseStatus) { this.caseStatus = caseStatus; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public int getRank() { return rank; }
    public void setRank(int rank) { this.rank = rank; }
    public String getReviewedBy() { return reviewedBy; }
    public void setReviewedBy(String reviewedBy) { this.reviewedBy = reviewedBy; }
    public LocalDateTime getReviewedAt() { return reviewedAt; }
    public void setReviewedAt(LocalDateTime reviewedAt) { this.reviewedAt = reviewedAt; }
    public String getReviewNote() { return reviewNote; }
    public void setReviewNote(String reviewNote) { this.reviewNote = reviewNote; }
    public long getVersion() { return version; }
}
