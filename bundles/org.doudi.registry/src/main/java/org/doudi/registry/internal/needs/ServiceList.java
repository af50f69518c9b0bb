package org.doudi.registry.internal.needs;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.doudi.api.needs.ServiceTally;

/**
 * The service list (服务清单): the services delivered on visits in a period, each with the visits that delivered it
 * and the households it reached, the most frequent first. A visit counts for its household's current street (like the
 * advisor list and the needs list), not for the street it was made in.
 */
final class ServiceList {

    private ServiceList() {
    }

    static List<ServiceTally> of(EntityManager em, String street, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        term(where, args, street, " AND h.street = ?");
        term(where, args, from == null ? null : Date.valueOf(from), " AND v.visited_on >= ?");
        term(where, args, to == null ? null : Date.valueOf(to), " AND v.visited_on <= ?");
        Query q = em.createNativeQuery("SELECT s.service, COUNT(DISTINCT v.id), COUNT(DISTINCT v.household_id)"
                + " FROM visit_service s JOIN visit v ON v.id = s.visit_id JOIN household h ON h.id = v.household_id"
                + where
                + " GROUP BY s.service ORDER BY 2 DESC, 3 DESC, 1");
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<ServiceTally> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            out.add(new ServiceTally((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return out;
    }

    private static void term(StringBuilder where, List<Object> args, Object value, String sql) {
        if (value != null) {
            args.add(value);
            where.append(sql).append(args.size());
        }
    }
}
