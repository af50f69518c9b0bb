package org.doudi.registry.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.registry.internal.entity.HouseholdEntity;

/** The JPQL behind a household search; parameters only, never concatenated input. */
final class HouseholdSearch {
    private final HouseholdQuery q;
    private final String where;

    HouseholdSearch(HouseholdQuery q) {
        this.q = q;
        List<String> terms = new ArrayList<>();
        if (q.street() != null) {
            terms.add("h.street = :street");
        }
        if (q.idNumber() != null) {
            terms.add("EXISTS (SELECT m FROM MemberEntity m WHERE m.household = h AND m.idNumber = :idNumber "
                    + "AND m.endedOn IS NULL)");
        }
        if (q.name() != null) {
            terms.add("EXISTS (SELECT n FROM MemberEntity n WHERE n.household = h AND n.name LIKE :name ESCAPE '\\')");
        }
        this.where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(h) FROM HouseholdEntity h" + where, Long.class);
        bind(query);
        return query.getSingleResult();
    }

    List<HouseholdEntity> page(EntityManager em) {
        TypedQuery<HouseholdEntity> query = em.createQuery("SELECT h FROM HouseholdEntity h" + where
                + " ORDER BY h.id", HouseholdEntity.class);
        bind(query);
        // members in one extra query; batch reading of the element collections breaks EclipseLink 2.7's
        // change tracking of the embeddables at commit, so those load per household
        query.setHint("eclipselink.batch.type", "IN");
        query.setHint("eclipselink.batch", "h.members");
        return query.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList();
    }

    private void bind(Query query) {
        if (q.street() != null) {
            query.setParameter("street", q.street());
        }
        if (q.idNumber() != null) {
            query.setParameter("idNumber", q.idNumber().strip().toUpperCase());
        }
        if (q.name() != null) {
            String escaped = q.name().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("name", escaped + "%");
        }
    }
}
