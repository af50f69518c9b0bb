package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** An objection raised during a case's public notice. */
@Embeddable
public class CaseObjectionRow {
    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;
    @Column(name = "raised_by", nullable = false)
    private String raisedBy;
    @Column(name = "content", nullable = false)
    private String content;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    public CaseObjectionRow() {
    }

    public CaseObjectionRow(LocalDate raisedOn, String raisedBy, String content, LocalDateTime recordedAt,
            String recordedBy) {
        this.raisedOn = raisedOn;
        this.raisedBy = raisedBy;
        this.content = content;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public LocalDate getRaisedOn() { return raisedOn; }
    public String getRaisedBy() { return raisedBy; }
    public String getContent() { return content; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
