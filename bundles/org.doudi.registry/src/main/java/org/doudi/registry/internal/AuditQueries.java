package org.doudi.registry.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.audit.AuditEvent;
import org.doudi.api.audit.AuditQuery;
import org.doudi.api.audit.AuditTrail;
import org.doudi.api.audit.AuditVerification;
import org.doudi.registry.internal.entity.AuditEventEntity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Searches the audit trail and verifies its hash chain. There is no way to change or delete an entry. */
@Component(service = AuditTrail.class)
public class AuditQueries implements AuditTrail {
    private static final int VERIFY_BATCH = 1000;

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private RegistrySchema schema;

    @Override
    public Page<AuditEvent> find(AuditQuery q) {
        List<String> terms = new ArrayList<>();
        if (q.actor() != null) {
            terms.add("a.actor = :actor");
        }
        if (q.action() != null) {
            terms.add("a.action = :action");
        }
        if (q.entityType() != null) {
            terms.add("a.entityType = :entityType");
        }
        if (q.entityId() != null) {
            terms.add("a.entityId = :entityId");
        }
        if (q.from() != null) {
            terms.add("a.occurredAt >= :from");
        }
        if (q.to() != null) {
            terms.add("a.occurredAt < :to");
        }
        String where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
        return Tx.run(jpa, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEventEntity a" + where, Long.class);
            TypedQuery<AuditEventEntity> page = em.createQuery("SELECT a FROM AuditEventEntity a" + where
                    + " ORDER BY a.id", AuditEventEntity.class);
            for (TypedQuery<?> t : List.of(count, page)) {
                bind(t, q);
            }
            List<AuditEvent> items = page.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList()
                    .stream().map(AuditQueries::toEvent).collect(Collectors.toList());
            return new Page<>(items, q.page(), q.size(), count.getSingleResult());
        });
    }

    @Override
    public AuditVerification verify() {
        long checked = 0;
        long after = 0;
        String expectedPrev = null;
        while (true) {
            final long from = after;
            List<AuditEventEntity> batch = Tx.run(jpa, em -> em.createQuery("SELECT a FROM AuditEventEntity a "
                    + "WHERE a.id > :after ORDER BY a.id", AuditEventEntity.class).setParameter("after", from)
                    .setMaxResults(VERIFY_BATCH).getResultList());
            if (batch.isEmpty()) {
                return new AuditVerification(true, checked, null, "the audit trail is intact: " + checked + " entries");
            }
            for (AuditEventEntity e : batch) {
                String prev = expectedPrev == null ? e.getPrevHash() : expectedPrev;
                if (checked == 0 && !prev.equals(AuditChainGenesis.HASH)) {
                    return broken(checked, e, "the first entry does not start the chain (entries were removed?)");
                }
                if (!AuditLog.matches(e, prev)) {
                    return broken(checked, e, "entry " + e.getId() + " does not match its hash or its predecessor: "
                            + "it or an entry before it was changed or removed");
                }
                expectedPrev = e.getHash();
                checked++;
                after = e.getId();
            }
        }
    }

    private static AuditVerification broken(long checked, AuditEventEntity e, String message) {
        return new AuditVerification(false, checked, e.getId(), message);
    }

    private static void bind(TypedQuery<?> t, AuditQuery q) {
        if (q.actor() != null) {
            t.setParameter("actor", q.actor());
        }
        if (q.action() != null) {
            t.setParameter("action", q.action());
        }
        if (q.entityType() != null) {
            t.setParameter("entityType", q.entityType());
        }
        if (q.entityId() != null) {
            t.setParameter("entityId", q.entityId());
        }
        if (q.from() != null) {
            t.setParameter("from", q.from().atStartOfDay(org.doudi.api.DoudiClock.ZONE).withZoneSameInstant(
                    ZoneOffset.UTC).toLocalDateTime());
        }
        if (q.to() != null) {
            t.setParameter("to", q.to().plusDays(1).atStartOfDay(DoudiClock.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime());
        }
    }

    static AuditEvent toEvent(AuditEventEntity a) {
        return new AuditEvent(a.getId(), a.getOccurredAt().toInstant(ZoneOffset.UTC), a.getActor(), a.getAction(),
                a.getEntityType(), a.getEntityId(), a.getEntityVersion(), a.getReason(), a.getHash());
    }

}
