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
import org.doudi.api.supervision.FileCheckFindingCategory;
import org.doudi.api.supervision.FileCheckFindingStatus;

/** A finding on a sampled case ({@code sampleId} is the {@link FileCheckCaseEntity}) and its correction. */
@Entity
@Table(name = "file_check_finding")
public class FileCheckFindingEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "sample_id", nullable = false)
    private String sampleId;
    @Column(name = "finding_no", nullable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private FileCheckFindingCategory category;
    @Column(name = "item")
    private String item;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "required_correction", nullable = false)
    private String requiredCorrection;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private FileCheckFindingStatus status;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Column(name = "corrected_on")
    private LocalDate correctedOn;
    @Column(name = "correction")
    private String correction;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSampleId() { return sampleId; }
    public void setSampleId(String sampleId) { this.sampleId = sampleId; }
    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
    public FileCheckFindingCategory getCategory() { return category; }
    public void setCategory(FileCheckFindingCategory category) { this.category = category; }
    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getRequiredCorrection() { return requiredCorrection; }
    public void setRequiredCorrection(String requiredCorrection) { this.requiredCorrection = requiredCorrection; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public FileCheckFindingStatus getStatus() { return status; }
    public void setStatus(FileCheckFindingStatus status) { this.status = status; }
    public String getRecordedBy() { return recordedBy; }
    public void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime recordedAt) { this.recordedAt = recordedAt; }
    public LocalDate getCorrectedOn() { return correctedOn; }
    public void setCorrectedOn(LocalDate correctedOn) { this.correctedOn = correctedOn; }
    public String getCorrection() { return correction; }
    public void setCorrection(String correction) { this.correction = correction; }
    public String getClosedBy() { return closedBy; }
    public void setClosedBy(String closedBy) { this.closedBy = closedBy; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
    public long getVersion() { return version; }
}
