package org.doudi.registry.internal.needs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.needs.AdvisorSummary;
import org.doudi.api.needs.VisitDue;

/**
 * The advisor list (顾问清单): per advisor and street (the households' street now), the visits recorded, the day of
 * the latest, the households whose latest visit was the advisor's, and how many of those are overdue.
 */
final class AdvisorList {

    private AdvisorList() {
    }

    private record Key(String advisor, String street) {
    }

    /** A household's latest visit: the latest day, of that day the last recorded. */
    private record Latest(String advisor, String street, LocalDate on, LocalDateTime recordedAt, String id) {
        boolean after(Latest o) {
            int c = on.compareTo(o.on);
            if (c == 0) {
                c = recordedAt.compareTo(o.recordedAt);
            }
            return c == 0 ? id.compareTo(o.id) > 0 : c > 0;
        }
    }

    static List<AdvisorSummary> of(EntityManager em, String street, List<VisitDue> schedules) {
        String where = street == null ? "" : " AND h.street = :street";
        TypedQuery<Object[]> totals = em.createQuery("SELECT v.advisor, h.street, COUNT(v), MAX(v.visitedOn)"
                + " FROM VisitEntity v, HouseholdEntity h WHERE h.id = v.householdId" + where
                + " GROUP BY v.advisor, h.street", Object[].class);
        TypedQuery<Object[]> latest = em.createQuery("SELECT v.householdId, v.advisor, h.street, v.visitedOn,"
                + " v.recordedAt, v.id FROM VisitEntity v, HouseholdEntity h WHERE h.id = v.householdId"
                + " AND v.visitedOn = (SELECT MAX(w.visitedOn) FROM VisitEntity w WHERE w.householdId = v.householdId)"
                + where, Object[].class);
        if (street != null) {
            totals.setParameter("street", street);
            latest.setParameter("street", street);
        }
        Map<String, Latest> byHousehold = new HashMap<>();
        for (Object[] row : latest.getResultList()) {
            Latest l = new Latest((String) row[1], (String) row[2], (LocalDate) row[3], (LocalDateTime) row[4],
                    (String) row[5]);
            byHousehold.merge((String) row[0], l, (a, b) -> b.after(a) ? b : a);
        }
        Set<String> overdue = schedules.stream().filter(VisitDue::overdue).map(VisitDue::householdId)
                .collect(Collectors.toSet());
        Map<Key, int[]> households = new HashMap<>();
        byHousehold.forEach((household, l) -> {
            int[] n = households.computeIfAbsent(new Key(l.advisor(), l.street()), k -> new int[2]);
            n[0]++;
            n[1] += overdue.contains(household) ? 1 : 0;
        });
        List<AdvisorSummary> out = new ArrayList<>();
        for (Object[] row : totals.getResultList()) {
            Key key = new Key((String) row[0], (String) row[1]);
            int[] n = households.getOrDefault(key, new int[2]);
            out.add(new AdvisorSummary(key.advisor(), key.street(), n[0], ((Number) row[2]).intValue(),
                    (LocalDate) row[3], n[1]));
        }
        out.sort(Comparator.comparing(AdvisorSummary::street).thenComparing(AdvisorSummary::advisor));
        return out;
    }
}
