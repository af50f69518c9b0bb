package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;

/** One status change of an enrolment (the first is the grant). */
@Embeddable
public class EnrolmentChangeRow {
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EnrolmentStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private TerminationReason reason;
    @Column(name = "note")
    private String note;
    @Column(name = "effective_on", nullable = false)
    private LocalDate on;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Column(name = "actor", nullable = false)
    private String actor;

    public EnrolmentChangeRow() {
    }

    public EnrolmentChangeRow(EnrolmentStatus status, TerminationReason reason, String note, LocalDate on,
            LocalDateTime recordedAt, String actor) {
        this.status = status;
        this.reason = reason;
        this.note = note;
        this.on = on;
        this.recordedAt = recordedAt;
        this.actor = actor;
    }

    public EnrolmentStatus getStatus() { return status; }
    public TerminationReason getReason() { return reason; }
    public String getNote() { return note; }
    public LocalDate getOn() { return on; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getActor() { return actor; }
}
