package org.doudi.registry.internal.entity;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The first result of a POST made with an Idempotency-Key, keyed by a hash of caller and key. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyEntity {
    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;
    @Column(name = "request_hash", nullable = false)
    private String requestHash;
    @Column(name = "resource_type", nullable = false)
    private String resourceType;
    @Column(name = "resource_id", nullable = false)
    private String resourceId;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    public IdempotencyEntity() {
    }

    public IdempotencyEntity(String keyHash, String requestHash, String resourceType, String resourceId,
            LocalDateTime createdAt) {
        this.keyHash = keyHash;
        this.requestHash = requestHash;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.createdAt = createdAt;
    }

    public String getKeyHash() { return keyHash; }
    public String getRequestHash() { return requestHash; }
    public String getResourceType() { return resourceType; }
    public String getResourceId() { return resourceId; }
}
