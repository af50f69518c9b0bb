package org.doudi.registry.internal.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a reconciliation mismatch: the reconciliation and the mismatch's number in it. */
public class ReconciliationMismatchKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private String reconciliationId;
    private int no;

    public ReconciliationMismatchKey() {
    }

    public ReconciliationMismatchKey(String reconciliationId, int no) {
        this.reconciliationId = reconciliationId;
        this.no = no;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReconciliationMismatchKey k && no == k.no
                && Objects.equals(reconciliationId, k.reconciliationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reconciliationId, no);
    }
}
