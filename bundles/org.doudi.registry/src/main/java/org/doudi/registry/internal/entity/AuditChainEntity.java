package org.doudi.registry.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The head of the audit hash chain (a single row). */
@Entity
@Table(name = "audit_chain")
public class AuditChainEntity {
    @Id
    @Column(name = "id")
    private int id;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    public String getLastHash() { return lastHash; }
    public void setLastHash(String lastHash) { this.lastHash = lastHash; }
}
