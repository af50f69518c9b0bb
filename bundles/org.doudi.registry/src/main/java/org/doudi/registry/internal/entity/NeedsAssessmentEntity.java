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
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsGrades;

/** A needs assessment (困难画像): current while {@code supersededBy} is null. */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessmentEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "household_id", nullable = false, updatable = false)
    private String householdId;
    @Column(name = "street", nullable = false, updatable = false)
    private String street;
    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "material", nullable = false, updatable = false)
    private Grade material;
    @Enumerated(EnumType.STRING)
    @Column(name = "health", nullable = false, updatable = false)
    private Grade health;
    @Enumerated(EnumType.STRING)
    @Column(name = "education", nullable = false, updatable = false)
    private Grade education;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment", nullable = false, updatable = false)
    private Grade employment;
    @Enumerated(EnumType.STRING)
    @Column(name = "social_support", nullable = false, updatable = false)
    private Grade socialSupport;
    @Enumerated(EnumType.STRING)
    @Column(name = "children_youth", nullable = false, updatable = false)
    private Grade childrenYouth;
    @Column(name = "score", nullable = false, updatable = false)
    private int score;
    @Enumerated(EnumType.STRING)
    @Column(name = "hardship_level", nullable = false, updatable = false)
    private Grade level;
    @Column(name = "note", updatable = false)
    private String note;
    @Column(name = "superseded_by")
    private String supersededBy;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public void setId(String id) { this.id = id; }
    public void setHousehold(String householdId, String street) {
        this.householdId = householdId;
        this.street = street;
    }
    public void setAssessment(LocalDate on, NeedsGrades g, int score, Grade level, String note) {
        this.assessedOn = on;
        this.material = g.material();
        this.health = g.health();
        this.education = g.education();
        this.employment = g.employment();
        this.socialSupport = g.socialSupport();
        this.childrenYouth = g.childrenYouth();
        this.score = score;
        this.level = level;
        this.note = note;
    }
    public void setRecorded(String by, LocalDateTime at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }
    public void supersede(String by) { this.supersededBy = by; }

    public String getId() { return id; }
    public String getHouseholdId() { return householdId; }
    public String getStreet() { return street; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public NeedsGrades getGrades() {
        return new NeedsGrades(material, health, education, employment, socialSupport, childrenYouth);
    }
    public int getScore() { return score; }
    public Grade getLevel() { return level; }
    public String getNote() { return note; }
    public String getSupersededBy() { return supersededBy; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}
