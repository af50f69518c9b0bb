package org.doudi.api.audit;

import org.doudi.api.Page;

/**
 * The append-only, tamper-evident audit trail: every write and every sensitive read, each entry hashed together
 * with its predecessor, so a changed or deleted entry breaks the chain.
 */
public interface AuditTrail {

    /** Entries matching the query, oldest first. */
    Page<AuditEvent> find(AuditQuery query);

    /** Recomputes the chain from the first entry and reports the first mismatch. */
    AuditVerification verify();
}
