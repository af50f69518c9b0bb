package org.doudi.registry.internal.entity;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One lookup key of a program record. */
@Entity
@Table(name = "program_record_key")
@IdClass(ProgramRecordKeyRow.Key.class)
public class ProgramRecordKeyRow {
    @Id
    @Column(name = "record_id", length = 36)
    private String recordId;
    @Id
    @Column(name = "key_value", length = 100)
    private String keyValue;

    protected ProgramRecordKeyRow() {
    }

    public ProgramRecordKeyRow(String recordId, String keyValue) {
        this.recordId = recordId;
        this.keyValue = keyValue;
    }

    public String getRecordId() { return recordId; }
    public String getKeyValue() { return keyValue; }

    /** The row's primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String recordId;
        private String keyValue;

        public Key() {
        }

        public Key(String recordId, String keyValue) {
            this.recordId = recordId;
            this.keyValue = keyValue;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(recordId, k.recordId) && Objects.equals(keyValue, k.keyValue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordId, keyValue);
        }
    }
}
