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
import org.doudi.api.supervision.StaffRelativeRelation;

/** A close-relative registration (近亲属备案): active while {@code endedOn} is null. */
@Entity
@Table(name = "staff_relative")
public class StaffRelativeEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "staff_user", nullable = false, updatable = false)
    private String staffUser;
    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, updatable = false)
    private StaffRelativeRelation relation;
    @Column(name = "name", nullable = false, updatable = false)
    private String name;
    @Column(name = "id_number", nullable = false, updatable = false)
    private String idNumber;
    @Column(name = "note", updatable = false)
    private String note;
    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private LocalDateTime registeredAt;
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

    protected StaffRelativeEntity() {
    }

    public StaffRelativeEntity(String id, String staffUser, StaffRelativeRelation relation, String name,
            String idNumber, String note, String registeredBy, LocalDateTime registeredAt) {
        this.id = id;
        this.staffUser = staffUser;
        this.relation = relation;
        this.name = name;
        this.idNumber = idNumber;
        this.note = note;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public void end(LocalDate on, String reason, String by, LocalDateTime at) {
        this.endedOn = on;
        this.endReason = reason;
        this.endedBy = by;
        this.endedAt = at;
    }

    public String getId() { return id; }
    public String getStaffUser() { return staffUser; }
    public StaffRelativeRelation getRelation() { return relation; }
    public String getName() { return name; }
    public String getIdNumber() { return idNumber; }
    public String getNote() { return note; }
    public String getRegisteredBy() { return registeredBy; }
    public LocalDateTime getRegisteredAt() { return registeredAt; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
    public String getEndedBy() { return endedBy; }
    public LocalDateTime getEndedAt() { return endedAt; }
    public long getVersion() { return version; }
}
