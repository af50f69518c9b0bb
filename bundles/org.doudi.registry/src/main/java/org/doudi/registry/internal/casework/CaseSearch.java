package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.Page;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseQuery;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.entity.CaseEntity;

/**
 * The case lists: by street, status, program, overdue; ordered by deadline, then id; each case with the supervision
 * flags on its household (asked once per household of the page).
 */
final class CaseSearch {

    private CaseSearch() {
    }

    static Page<CaseFile> page(EntityManager em, CaseQuery q, LocalDate today,
            Function<String, List<SupervisionFlag>> flagsOf) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.street() != null) {
            where.append(" AND c.street = :street");
        }
        if (q.status() != null) {
            where.append(" AND c.status = :status");
        }
        if (q.programId() != null) {
            where.append(" AND c.programId = :program");
        }
        if (q.overdue()) {
            where.append(" AND c.status IN :awaiting AND c.deadline < :today");
        }
        TypedQuery<CaseEntity> list = bind(em.createQuery("SELECT c FROM CaseEntity c" + where
                + " ORDER BY c.deadline, c.id", CaseEntity.class), q, today);
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(c) FROM CaseEntity c" + where, Long.class), q, today);
        Map<String, List<SupervisionFlag>> flags = new HashMap<>();
        List<CaseFile> items = list.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList()
                .stream().map(c -> CaseViews.of(c, today, flags.computeIfAbsent(c.getHouseholdId(), flagsOf)))
                .collect(Collectors.toList());
        return new Page<>(items, q.page(), q.size(), count.getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, CaseQuery q, LocalDate today) {
        if (q.street() != null) {
            query.setParameter("street", q.street());
        }
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        if (q.programId() != null) {
            query.setParameter("program", q.programId());
        }
        if (q.overdue()) {
            query.setParameter("awaiting", ProvisionalDeadlines.AWAITING);
            query.setParameter("today", today);
        }
        return query;
    }
}
