package org.doudi.registry.internal.supervision.reconciliation;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.supervision.Mismatch;
import org.doudi.api.supervision.MismatchQuery;
import org.doudi.api.supervision.Reconciliation;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.ReconciliationEntity;
import org.doudi.registry.internal.entity.ReconciliationMismatchEntity;
import org.doudi.registry.internal.entity.ReconciliationMismatchKey;

/** Reading stored reconciliations and their mismatches. */
final class ReconciliationReads {
    static final int MAX_SIZE = 1_000;

    private ReconciliationReads() {
    }

    static Optional<Reconciliation> find(JpaTemplate jpa, String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(ReconciliationEntity.class, id))
                .map(r -> ReconciliationViews.of(r, unresolved(em, id), true)));
    }

    static Page<Reconciliation> list(JpaTemplate jpa, YearMonth month, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(MAX_SIZE, size));
        String where = month == null ? "" : " WHERE r.month = :month";
        return Tx.run(jpa, em -> {
            TypedQuery<ReconciliationEntity> q = em.createQuery("SELECT r FROM ReconciliationEntity r" + where
                    + " ORDER BY r.ranAt DESC, r.id DESC", ReconciliationEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ReconciliationEntity r" + where, Long.class);
            if (month != null) {
                q.setParameter("month", month.toString());
                count.setParameter("month", month.toString());
            }
            List<Reconciliation> items = q.setFirstResult(p * s).setMaxResults(s).getResultList().stream()
                    .map(r -> ReconciliationViews.of(r, unresolved(em, r.getId()), false))
                    .collect(Collectors.toList());
            return new Page<>(items, p, s, count.getSingleResult());
        });
    }

    static Page<Mismatch> mismatches(JpaTemplate jpa, String id, MismatchQuery query) {
        int p = Math.max(0, query.page());
        int s = Math.max(1, Math.min(MAX_SIZE, query.size()));
        StringBuilder where = new StringBuilder(" WHERE m.reconciliationId = :id");
        if (query.street() != null) {
            where.append(" AND m.street = :street");
        }
        if (query.kind() != null) {
            where.append(" AND m.kind = :kind");
        }
        if (query.resolved() != null) {
            where.append(query.resolved() ? " AND m.resolution IS NOT NULL" : " AND m.resolution IS NULL");
        }
        return Tx.run(jpa, em -> {
            if (id == null || id.length() > 36 || em.find(ReconciliationEntity.class, id) == null) {
                throw DoudiException.notFound("reconciliation " + id);
            }
            TypedQuery<ReconciliationMismatchEntity> q = bind(em.createQuery(
                    "SELECT m FROM ReconciliationMismatchEntity m" + where + " ORDER BY m.no",
                    ReconciliationMismatchEntity.class), id, query);
            TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(m) FROM ReconciliationMismatchEntity m" + where,
                    Long.class), id, query);
            List<Mismatch> items = q.setFirstResult(p * s).setMaxResults(s).getResultList().stream()
                    .map(ReconciliationViews::of).collect(Collectors.toList());
            return new Page<>(items, p, s, count.getSingleResult());
        });
    }

    static Optional<Mismatch> mismatch(JpaTemplate jpa, String id, int no) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(ReconciliationMismatchEntity.class,
                new ReconciliationMismatchKey(id, no))).map(ReconciliationViews::of));
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, String id, MismatchQuery query) {
        q.setParameter("id", id);
        if (query.street() != null) {
            q.setParameter("street", query.street());
        }
        if (query.kind() != null) {
            q.setParameter("kind", query.kind());
        }
        return q;
    }

    private static long unresolved(EntityManager em, String id) {
        return em.createQuery("SELECT COUNT(m) FROM ReconciliationMismatchEntity m WHERE m.reconciliationId = :id"
                + " AND m.resolution IS NULL", Long.class).setParameter("id", id).getSingleResult();
    }
}
