package org.doudi.registry.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Version;
import org.doudi.api.supervision.MismatchKind;
import org.doudi.api.supervision.MismatchResolutionKind;

/** A mismatch a reconciliation found; only its resolution changes after it is written. */
@Entity
@Table(name = "reconciliation_mismatch")
@IdClass(ReconciliationMismatchKey.class)
public class ReconciliationMismatchEntity {
    @Id
    @Column(name = "reconciliation_id", length = 36)
    private String reconciliationId;
    @Id
    @Column(name = "mismatch_no")
    private int no;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private MismatchKind kind;
    @Column(name = "street", updatable = false)
    private String street;
    @Column(name = "program_id", updatable = false)
    private String programId;
    @Column(name = "household_id", updatable = false)
    private String householdId;
    @Column(name = "enrolment_id", updatable = false)
    private String enrolmentId;
    @Column(name = "id_number", updatable = false)
    private String idNumber;
    @Column(name = "line_no", updatable = false)
    private Long line;
    @Column(name = "first_line_no", updatable = false)
    private Long firstLine;
    @Column(name = "roll_amount", precision = 14, scale = 2, updatable = false)
    private BigDecimal rollAmount;
    @Column(name = "paid_amount", precision = 14, scale = 2, updatable = false)
    private BigDecimal paidAmount;
    @Column(name = "amount", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;
    @Column(name = "roll_account", updatable = false)
    private String rollAccount;
    @Column(name = "paid_account", updatable = false)
    private String paidAccount;
    @Column(name = "detail", nullable = false, updatable = false)
    private String detail;
    @Enumerated(EnumType.STRING)
    @Column(name = "resolution")
    private MismatchResolutionKind resolution;
    @Column(name = "resolution_note")
    private String resolutionNote;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;
    @Column(name = "carried_from")
    private String carriedFrom;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public ReconciliationMismatchEntity() {
    }

    public ReconciliationMismatchEntity(String reconciliationId, int no, MismatchKind kind, String street,
            String programId, String householdId, String enrolmentId, String idNumber, Long line, Long firstLine,
            BigDecimal rollAmount, BigDecimal paidAmount, BigDecimal amount, String rollAccount, String paidAccount,
            String detail) {
        this.reconciliationId = reconciliationId;
        this.no = no;
        this.kind = kind;
        this.street = street;
        this.programId = programId;
        this.householdId = householdId;
        this.enrolmentId = enrolmentId;
        this.idNumber = idNumber;
        this.line = line;
        this.firstLine = firstLine;
        this.rollAmount = rollAmount;
        this.paidAmount = paidAmount;
        this.amount = amount;
        this.rollAccount = rollAccount;
        this.paidAccount = paidAccount;
        this.detail = detail;
    }

    public String getReconciliationId() { return reconciliationId; }
    public int getNo() { return no; }
    public MismatchKind getKind() { return kind; }
    public String getStreet() { return street; }
    public String getProgramId() { return programId; }
    public String getHouseholdId() { return householdId; }
    public String getEnrolmentId() { return enrolmentId; }
    public String getIdNumber() { return idNumber; }
    public Long getLine() { return line; }
    public Long getFirstLine() { return firstLine; }
    public BigDecimal getRollAmount() { return rollAmount; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public BigDecimal getAmount() { return amount; }
    public String getRollAccount() { return rollAccount; }
    public String getPaidAccount() { return paidAccount; }
    public String getDetail() { return detail; }
    public MismatchResolutionKind getResolution() { return resolution; }
    public String getResolutionNote() { return resolutionNote; }
    public String getResolvedBy() { return resolvedBy; }
    public LocalDateTime getResolvedAt() { return resolvedAt; }
    public String getCarriedFrom() { return carriedFrom; }
    public long getVersion() { return version; }

    /** Records how the mismatch was settled. */
    public void resolve(MismatchResolutionKind kind, String note, String by, LocalDateTime at) {
        this.resolution = kind;
        this.resolutionNote = note;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    /** Takes over the resolution of the identical mismatch {@code earlier} of an earlier run: its who, when and how. */
    public void carryOver(ReconciliationMismatchEntity earlier) {
        resolve(earlier.resolution, earlier.resolutionNote, earlier.resolvedBy, earlier.resolvedAt);
        this.carriedFrom = earlier.carriedFrom != null ? earlier.carriedFrom : earlier.reconciliationId;
    }
}
