package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.doudi.api.casework.AppealKind;
import org.doudi.api.casework.AppealOutcome;

/**
 * A review or reconsideration against a case's decision, and its outcome once recorded. Rows are replaced, not
 * changed in place, when the outcome or the due day is set, so that the collection is seen to change.
 */
@Embeddable
public class CaseAppealRow {
    @Column(name = "appeal_no", nullable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AppealKind kind;
    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;
    @Column(name = "grounds", nullable = false)
    private String grounds;
    @Column(name = "due_on", nullable = false)
    private LocalDate due;
    @Column(name = "due_provisional", nullable = false)
    private boolean dueProvisional;
    @Column(name = "due_days", nullable = false)
    private int dueDays;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private AppealOutcome outcome;
    @Column(name = "outcome_on")
    private LocalDate outcomeOn;
    @Column(name = "outcome_reason")
    private String outcomeReason;
    @Column(name = "outcome_recorded_at")
    private LocalDateTime outcomeRecordedAt;
    @Column(name = "outcome_recorded_by")
    private String outcomeRecordedBy;

    public CaseAppealRow() {
    }

    public CaseAppealRow(int number, AppealKind kind, LocalDate filedOn, String grounds, LocalDate due,
            boolean dueProvisional, int dueDays, LocalDateTime recordedAt, String recordedBy) {
        this.number = number;
        this.kind = kind;
        this.filedOn = filedOn;
        this.grounds = grounds;
        this.due = due;
        this.dueProvisional = dueProvisional;
        this.dueDays = dueDays;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** A copy with another due day. */
    public CaseAppealRow withDue(LocalDate newDue, boolean provisional) {
        CaseAppealRow r = copy();
        r.due = newDue;
        r.dueProvisional = provisional;
        return r;
    }

    /** A copy with the outcome recorded. */
    public CaseAppealRow withOutcome(AppealOutcome result, LocalDate on, String reason, LocalDateTime at, String by) {
        CaseAppealRow r = copy();
        r.outcome = result;
        r.outcomeOn = on;
        r.outcomeReason = reason;
        r.outcomeRecordedAt = at;
        r.outcomeRecordedBy = by;
        return r;
    }

    private CaseAppealRow copy() {
        CaseAppealRow r = new CaseAppealRow(number, kind, filedOn, grounds, due, dueProvisional, dueDays, recordedAt,
                recordedBy);
        r.outcome = outcome;
        r.outcomeOn = outcomeOn;
        r.outcomeReason = outcomeReason;
        r.outcomeRecordedAt = outcomeRecordedAt;
        r.outcomeRecordedBy = outcomeRecordedBy;
        return r;
    }

    public int getNumber() { return number; }
    public AppealKind getKind() { return kind; }
    public LocalDate getFiledOn() { return filedOn; }
    public String getGrounds() { return grounds; }
    public LocalDate getDue() { return due; }
    public boolean isDueProvisional() { return dueProvisional; }
    /** The days counted to the due day: working days for a review, calendar days for a reconsideration. */
    public int getDueDays() { return dueDays; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public AppealOutcome getOutcome() { return outcome; }
    public LocalDate getOutcomeOn() { return outcomeOn; }
    public String getOutcomeReason() { return outcomeReason; }
    public LocalDateTime getOutcomeRecordedAt() { return outcomeRecordedAt; }
    public String getOutcomeRecordedBy() { return outcomeRecordedBy; }
}
