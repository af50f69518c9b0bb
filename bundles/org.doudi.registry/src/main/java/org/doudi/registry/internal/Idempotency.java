package org.doudi.registry.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.doudi.api.Digests;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.registry.internal.entity.IdempotencyEntity;

/**
 * The Idempotency-Key rule of a create: the first result is remembered in the same transaction as the write;
 * a retry with the same key and body gets it back, the same key with another body is refused.
 */
public final class Idempotency {
    private final WriteContext ctx;
    private final String keyHash;
    private final String resourceType;

    public Idempotency(WriteContext ctx, String resourceType) {
        this.ctx = ctx;
        this.keyHash = ctx.idempotencyKey() == null ? null
                : Digests.sha256(ctx.actor() + "\n" + resourceType + "\n" + ctx.idempotencyKey());
        this.resourceType = resourceType;
    }

    /** The id created by an earlier request with the same key, if any. */
    public Optional<String> earlierResult(EntityManager em) {
        if (keyHash == null) {
            return Optional.empty();
        }
        IdempotencyEntity earlier = em.find(IdempotencyEntity.class, keyHash);
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.getRequestHash().equals(ctx.requestHash())) {
            throw new DoudiException(422, "idempotency-key-reused",
                    "Idempotency-Key was already used for a different request; send a new key for a new request");
        }
        return Optional.of(earlier.getResourceId());
    }

    public void remember(EntityManager em, String resourceId) {
        if (keyHash != null) {
            em.persist(new IdempotencyEntity(keyHash, String.valueOf(ctx.requestHash()), resourceType, resourceId,
                    LocalDateTime.now(ZoneOffset.UTC)));
        }
    }
}
