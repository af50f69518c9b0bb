package org.doudi.registry.internal.entity;

import java.time.LocalDateTime;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One audited write: who, when, what, why, and the record after the change. Append-only. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;
    @Column(name = "actor", nullable = false)
    private String actor;
    @Column(name = "event_action", nullable = false)
    private String action;
    @Column(name = "entity_type", nullable = false)
    private String entityType;
    @Column(name = "entity_id", nullable = false)
    private String entityId;
    @Column(name = "entity_version")
    private Long entityVersion;
    @Column(name = "reason")
    private String reason;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "payload")
    private String payload;
    @Column(name = "prev_hash", nullable = false)
    private String prevHash;
    @Column(name = "event_hash", nullable = false)
    private String hash;

    public AuditEventEntity() {
    }

    public AuditEventEntity(LocalDateTime occurredAt, String actor, String action, String entityType,
            String entityId, Long entityVersion, String reason, String payload, String prevHash, String hash) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityVersion = entityVersion;
        this.reason = reason;
        this.payload = payload;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public Long getEntityVersion() { return entityVersion; }
    public String getReason() { return reason; }
    public String getPayload() { return payload; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
