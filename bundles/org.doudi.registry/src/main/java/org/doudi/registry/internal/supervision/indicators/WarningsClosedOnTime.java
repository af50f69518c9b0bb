package org.doudi.registry.internal.supervision.indicators;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.DoudiClock;
import org.doudi.api.monitoring.WarningStatus;

/**
 * Warnings closed on time: the warnings closed (disposed or dismissed) in the month, and of those the ones closed
 * within {@code days} calendar days of being raised, both days read in Asia/Shanghai. A warning routed to a street
 * counts for that street, otherwise for its household's.
 */
final class WarningsClosedOnTime {
    private static final String STREET = "COALESCE(w.assignedStreet, w.street)";

    private WarningsClosedOnTime() {
    }

    static StreetTally tally(EntityManager em, YearMonth month, String street, int days) {
        TypedQuery<Object[]> q = em.createQuery("SELECT " + STREET + ", w.raisedAt, w.disposedAt FROM WarningEntity w"
                + " WHERE w.status IN :closed AND w.disposedAt >= :from AND w.disposedAt < :to"
                + (street == null ? "" : " AND " + STREET + " = :street"), Object[].class)
                .setParameter("closed", List.of(WarningStatus.DISPOSED, WarningStatus.DISMISSED))
                .setParameter("from", utc(month.atDay(1))).setParameter("to", utc(month.plusMonths(1).atDay(1)));
        if (street != null) {
            q.setParameter("street", street);
        }
        StreetTally t = new StreetTally();
        for (Object[] r : q.getResultList()) {
            long took = ChronoUnit.DAYS.between(day((LocalDateTime) r[1]), day((LocalDateTime) r[2]));
            t.add((String) r[0], took <= days ? 1 : 0, 1);
        }
        return t;
    }

    /** The start of {@code day} in Asia/Shanghai as the UTC timestamp the tables store. */
    static LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(DoudiClock.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static LocalDate day(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DoudiClock.ZONE).toLocalDate();
    }
}
