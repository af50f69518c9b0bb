package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.doudi.api.casework.CaseStatus;

/** One step of a case. */
@Embeddable
public class CaseTransitionRow {
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private CaseStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private CaseStatus to;
    @Column(name = "effective_on", nullable = false)
    private LocalDate on;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Column(name = "actor", nullable = false)
    private String actor;
    @Column(name = "reason", nullable = false)
    private String reason;
    @Column(name = "evidence")
    private String evidence;

    public CaseTransitionRow() {
    }

    public CaseTransitionRow(CaseStatus from, CaseStatus to, LocalDate on, LocalDateTime recordedAt, String actor,
            String reason, String evidence) {
        this.from = from;
        this.to = to;
        this.on = on;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.reason = reason;
        this.evidence = evidence;
    }

    public CaseStatus getFrom() { return from; }
    public CaseStatus getTo() { return to; }
    public LocalDate getOn() { return on; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getActor() { return actor; }
    public String getReason() { return reason; }
    public String getEvidence() { return evidence; }
}
