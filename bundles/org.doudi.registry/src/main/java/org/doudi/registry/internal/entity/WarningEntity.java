package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.doudi.api.monitoring.DispositionKind;
import org.doudi.api.monitoring.SuggestedAction;
import org.doudi.api.monitoring.WarningSeverity;
import org.doudi.api.monitoring.WarningSource;
import org.doudi.api.monitoring.WarningStatus;

/**
 * A warning row (预警). Raised in bulk with plain JDBC by the cross-comparison; the workflow steps go through this
 * entity so that each one is version-checked and commits with its audit event and enrolment effects. Lists of ids
 * are kept comma-separated.
 */
@Entity
@Table(name = "warning")
public class WarningEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "fact_hash", nullable = false, updatable = false)
    private String factHash;
    @Column(name = "feed_type", nullable = false, updatable = false)
    private String feedType;
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false)
    private WarningSeverity severity;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private WarningStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_action", nullable = false)
    private SuggestedAction suggestedAction;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Column(name = "household_id", nullable = false)
    private String householdId;
    @Column(name = "street", nullable = false)
    private String street;
    @Column(name = "fact_date", nullable = false)
    private LocalDate factDate;
    @Column(name = "fact_key")
    private String factKey;
    @Column(name = "fact_amount", precision = 14, scale = 2)
    private BigDecimal factAmount;
    @Column(name = "facts", nullable = false)
    private String facts;
    @Column(name = "enrolments")
    private String enrolments;
    @Column(name = "suspension_due", nullable = false)
    private boolean suspensionDue;
    @Column(name = "suspended_enrolments")
    private String suspendedEnrolments;
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private WarningSource source;
    @Column(name = "batch_id")
    private String batchId;
    @Column(name = "run_month", nullable = false)
    private String runMonth;
    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;
    @Column(name = "assigned_street")
    private String assignedStreet;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;
    @Column(name = "verified_confirmed")
    private Boolean verifiedConfirmed;
    @Column(name = "verified_on")
    private LocalDate verifiedOn;
    @Column(name = "verification_findings")
    private String verificationFindings;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "disposition")
    private DispositionKind disposition;
    @Column(name = "disposition_reason")
    private String dispositionReason;
    @Column(name = "disposition_effective")
    private LocalDate dispositionEffective;
    @Column(name = "disposition_services")
    private String dispositionServices;
    @Column(name = "terminated_enrolments")
    private String terminatedEnrolments;
    @Column(name = "disposed_by")
    private String disposedBy;
    @Column(name = "disposed_at")
    private LocalDateTime disposedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public String getId() { return id; }
    public String getFactHash() { return factHash; }
    public String getFeedType() { return feedType; }
    public WarningSeverity getSeverity() { return severity; }
    public WarningStatus getStatus() { return status; }
    public void setStatus(WarningStatus status) { this.status = status; }
    public SuggestedAction getSuggestedAction() { return suggestedAction; }
    public String getPersonId() { return personId; }
    public String getIdNumber() { return idNumber; }
    public String getHouseholdId() { return householdId; }
    public String getStreet() { return street; }
    public LocalDate getFactDate() { return factDate; }
    public String getFactKey() { return factKey; }
    public BigDecimal getFactAmount() { return factAmount; }
    public String getFacts() { return facts; }
    public String getEnrolments() { return enrolments; }
    public boolean isSuspensionDue() { return suspensionDue; }
    public void setSuspensionDue(boolean suspensionDue) { this.suspensionDue = suspensionDue; }
    public String getSuspendedEnrolments() { return suspendedEnrolments; }
    public void setSuspendedEnrolments(String suspendedEnrolments) { this.suspendedEnrolments = suspendedEnrolments; }
    public WarningSource getSource() { return source; }
    public String getBatchId() { return batchId; }
    public String getRunMonth() { return runMonth; }
    public LocalDateTime getRaisedAt() { return raisedAt; }
    public String getAssignedStreet() { return assignedStreet; }
    public String getAssignedTo() { return assignedTo; }
    public LocalDateTime getAssignedAt() { return assignedAt; }

    public void assign(String street, String advisor, LocalDateTime at) {
        this.assignedStreet = street;
        this.assignedTo = advisor;
        this.assignedAt = at;
    }

    public Boolean getVerifiedConfirmed() { return verifiedConfirmed; }
    public LocalDate getVerifiedOn() { return verifiedOn; }
    public String getVerificationFindings() { return verificationFindings; }
    public String getVerifiedBy() { return verifiedBy; }
    public LocalDateTime getVerifiedAt() { return verifiedAt; }

    public void verify(boolean confirmed, LocalDate on, String findings, String by, LocalDateTime at) {
        this.verifiedConfirmed = confirmed;
        this.verifiedOn = on;
        this.verificationFindings = findings;
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    public DispositionKind getDisposition() { return disposition; }
    public String getDispositionReason() { return dispositionReason; }
    public LocalDate getDispositionEffective() { return dispositionEffective; }
    public String getDispositionServices() { return dispositionServices; }
    public String getTerminatedEnrolments() { return terminatedEnrolments; }
    public void setTerminatedEnrolments(String terminatedEnrolments) { this.terminatedEnrolments = terminatedEnrolments; }
    public String getDisposedBy() { return disposedBy; }
    public LocalDateTime getDisposedAt() { return disposedAt; }

    public void dispose(DispositionKind kind, String reason, LocalDate effective, String services, String terminated,
            String by, LocalDateTime at) {
        this.disposition = kind;
        this.dispositionReason = reason;
        this.dispositionEffective = effective;
        this.dispositionServices = services;
        this.terminatedEnrolments = terminated;
        this.disposedBy = by;
        this.disposedAt = at;
    }

    public long getVersion() { return version; }
}
