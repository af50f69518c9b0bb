package org.doudi.registry.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.persistence.EntityManager;
import org.doudi.api.Digests;
import javax.persistence.LockModeType;
import org.doudi.registry.internal.entity.AuditChainEntity;
import org.doudi.registry.internal.entity.AuditEventEntity;

/**
 * Appends to the audit trail inside the caller's transaction: the chain head is locked, the new entry is hashed
 * with the previous hash, and the head moves on, so the write and its audit entry commit (or fail) together and
 * entries chain in commit order.
 */
public final class AuditLog {
    static final int MAX_REASON = 500;

    private AuditLog() {
    }

    public static AuditEventEntity append(EntityManager em, Instant now, String actor, String action, String entityType,
            String entityId, Long version, String reason, String payload) {
        AuditChainEntity head = em.find(AuditChainEntity.class, 1, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime at = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        String why = reason == null ? null : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        String hash = hash(head.getLastHash(), at, actor, action, entityType, entityId, version, why, payload);
        AuditEventEntity e = new AuditEventEntity(at, actor, action, entityType, entityId, version, why, payload,
                head.getLastHash(), hash);
        em.persist(e);
        head.setLastHash(hash);
        return e;
    }

    /** The hash of an entry: its predecessor's hash and every field, the payload by its own hash. */
    static String hash(String prev, LocalDateTime at, String actor, String action, String entityType, String entityId,
            Long version, String reason, String payload) {
        String text = String.join("\u001f", prev, at.toString(), actor, action, entityType, entityId,
                String.valueOf(version), String.valueOf(reason), payload == null ? "-" : Digests.sha256(payload));
        return Digests.sha256(text);
    }

    static boolean matches(AuditEventEntity e, String expectedPrev) {
        return e.getPrevHash().equals(expectedPrev) && e.getHash().equals(hash(e.getPrevHash(),
                e.getOccurredAt().truncatedTo(ChronoUnit.MILLIS), e.getActor(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getEntityVersion(), e.getReason(), e.getPayload()));
    }
}
