package org.doudi.registry.internal.entity;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** The lock of one program's records of one kind: every write of that kind locks and counts on this row. */
@Entity
@Table(name = "program_record_lock")
@IdClass(ProgramRecordLockRow.Key.class)
public class ProgramRecordLockRow {
    @Id
    @Column(name = "program_id", length = 40)
    private String programId;
    @Id
    @Column(name = "kind", length = 40)
    private String kind;
    @Column(name = "writes", nullable = false)
    private long writes;

    protected ProgramRecordLockRow() {
    }

    public ProgramRecordLockRow(String programId, String kind) {
        this.programId = programId;
        this.kind = kind;
    }

    public void counted() { writes++; }
    public long getWrites() { return writes; }

    /** The row's primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String programId;
        private String kind;

        public Key() {
        }

        public Key(String programId, String kind) {
            this.programId = programId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(programId, k.programId) && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programId, kind);
        }
    }
}
