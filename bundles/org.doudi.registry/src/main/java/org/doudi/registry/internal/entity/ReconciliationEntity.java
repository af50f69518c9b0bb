package org.doudi.registry.internal.entity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

/** A stored fund reconciliation with its figures and the rows of the file it could not reconcile. */
@Entity
@Table(name = "reconciliation")
public class ReconciliationEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "recon_month", nullable = false, updatable = false)
    private String month;
    @Column(name = "file_name", updatable = false)
    private String fileName;
    @Column(name = "file_sha256", nullable = false, updatable = false)
    private String fileSha256;
    @Column(name = "row_count", nullable = false, updatable = false)
    private long rowCount;
    @Column(name = "error_count", nullable = false, updatable = false)
    private long errorCount;
    @Column(name = "mismatch_count", nullable = false, updatable = false)
    private long mismatchCount;
    @Column(name = "ran_by", nullable = false, updatable = false)
    private String ranBy;
    @Column(name = "ran_at", nullable = false, updatable = false)
    private LocalDateTime ranAt;

    @ElementCollection
    @CollectionTable(name = "reconciliation_total", joinColumns = @JoinColumn(name = "reconciliation_id"))
    private List<ReconciliationTotalRow> totals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reconciliation_error", joinColumns = @JoinColumn(name = "reconciliation_id"))
    @OrderColumn(name = "seq")
    private List<ReconciliationErrorRow> errors = new ArrayList<>();

    public ReconciliationEntity() {
    }

    public ReconciliationEntity(String id, String month, String fileName, String fileSha256, long rowCount,
            long errorCount, long mismatchCount, String ranBy, LocalDateTime ranAt) {
        this.id = id;
        this.month = month;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.rowCount = rowCount;
        this.errorCount = errorCount;
        this.mismatchCount = mismatchCount;
        this.ranBy = ranBy;
        this.ranAt = ranAt;
    }

    public String getId() { return id; }
    public String getMonth() { return month; }
    public String getFileName() { return fileName; }
    public String getFileSha256() { return fileSha256; }
    public long getRowCount() { return rowCount; }
    public long getErrorCount() { return errorCount; }
    public long getMismatchCount() { return mismatchCount; }
    public String getRanBy() { return ranBy; }
    public LocalDateTime getRanAt() { return ranAt; }
    public List<ReconciliationTotalRow> getTotals() { return totals; }
    public List<ReconciliationErrorRow> getErrors() { return errors; }
}
