package org.doudi.registry.internal.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.monitoring.StreetWarningSummary;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.monitoring.WarningSeverity;
import org.doudi.api.monitoring.WarningStatus;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.entity.WarningEntity;

/**
 * Warning listings (open ones first, oldest first, then the closed ones) and the per-street summary. Both go by
 * the household's street ({@code Warning.street}), the street that sees the warning; an assignment routes it to
 * an advisor without moving it. Each listed warning carries the supervision flags on its household (asked once per
 * household of the page).
 */
final class WarningSearch {
    static final int MAX_PAGE = 1000;
    private static final List<WarningStatus> OPEN = List.of(WarningStatus.OPEN, WarningStatus.ASSIGNED,
            WarningStatus.VERIFIED);

    private WarningSearch() {
    }

    static Page<Warning> page(EntityManager em, WarningQuery q, LocalDate today,
            Function<String, List<SupervisionFlag>> flagsOf) {
        if (q.page() < 0) {
            throw new ValidationException("page", "range", "must be 0 or more");
        }
        if (q.size() < 1 || q.size() > MAX_PAGE) {
            throw new ValidationException("size", "range", "must be 1 to " + MAX_PAGE);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.street() != null) {
            where.append(" AND w.street = :street");
            params.put("street", q.street());
        }
        if (q.type() != null) {
            where.append(" AND w.feedType = :type");
            params.put("type", q.type().id());
        }
        if (q.status() != null) {
            where.append(" AND w.status = :status");
            params.put("status", q.status());
        }
        if (q.householdId() != null) {
            where.append(" AND w.householdId = :household");
            params.put("household", q.householdId());
        }
        Query list = em.createQuery("SELECT w, CASE WHEN w.status = :disposed OR w.status = :dismissed THEN 1 ELSE 0"
                + " END AS closed FROM WarningEntity w" + where + " ORDER BY closed, w.raisedAt, w.id");
        list.setParameter("disposed", WarningStatus.DISPOSED).setParameter("dismissed", WarningStatus.DISMISSED);
        Query count = em.createQuery("SELECT COUNT(w) FROM WarningEntity w" + where);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Warning> items = new ArrayList<>();
        Map<String, List<SupervisionFlag>> flags = new HashMap<>();
        for (Object row : list.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList()) {
            WarningEntity w = (WarningEntity) ((Object[]) row)[0];
            items.add(WarningViews.of(em, w, today, flags.computeIfAbsent(w.getHouseholdId(), flagsOf)));
        }
        return new Page<>(items, q.page(), q.size(), (Long) count.getSingleResult());
    }

    static List<StreetWarningSummary> summary(EntityManager em, String street, StreetDirectory streets,
            LocalDate today) {
        Map<String, long[]> by = new LinkedHashMap<>();
        Map<String, LocalDateTime> oldest = new LinkedHashMap<>();
        if (street != null) {
            by.put(street, new long[6]);
        } else if (streets != null) {
            streets.streets().stream().map(Street::id).forEach(s -> by.put(s, new long[6]));
        }
        String filter = street == null ? "" : " WHERE w.street = :street";
        Query grouped = em.createQuery("SELECT w.street, w.status, w.severity, COUNT(w), MIN(w.raisedAt)"
                + " FROM WarningEntity w" + filter + " GROUP BY w.street, w.status, w.severity");
        LocalDateTime cutoff = LocalDateTime.ofInstant(today.minusDays(30).atStartOfDay(DoudiClock.ZONE).toInstant(),
                ZoneOffset.UTC);
        Query aged = em.createQuery("SELECT w.street, COUNT(w) FROM WarningEntity w WHERE w.status IN :open"
                + " AND w.raisedAt < :cutoff" + (street == null ? "" : " AND w.street = :street")
                + " GROUP BY w.street").setParameter("open", OPEN).setParameter("cutoff", cutoff);
        if (street != null) {
            grouped.setParameter("street", street);
            aged.setParameter("street", street);
        }
        for (Object o : grouped.getResultList()) {
            Object[] r = (Object[]) o;
            long[] c = by.computeIfAbsent((String) r[0], s -> new long[6]);
            WarningStatus status = (WarningStatus) r[1];
            long n = (Long) r[3];
            switch (status) {
                case OPEN -> c[0] += n;
                case ASSIGNED -> c[1] += n;
                case VERIFIED -> c[2] += n;
                default -> c[5] += n;
            }
            if (status.isOpen()) {
                if (r[2] == WarningSeverity.HIGH) {
                    c[3] += n;
                }
                oldest.merge((String) r[0], (LocalDateTime) r[4], (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (Object o : aged.getResultList()) {
            Object[] r = (Object[]) o;
            by.computeIfAbsent((String) r[0], s -> new long[6])[4] = (Long) r[1];
        }
        return by.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            LocalDateTime first = oldest.get(e.getKey());
            long age = first == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(
                    WarningViews.day(first), today));
            return new StreetWarningSummary(e.getKey(), c[0], c[1], c[2], c[3], c[4], age, c[5]);
        }).collect(Collectors.toList());
    }
}
