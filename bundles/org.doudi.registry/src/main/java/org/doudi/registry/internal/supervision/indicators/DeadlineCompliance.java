package org.doudi.registry.internal.supervision.indicators;

import java.time.YearMonth;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * Deadline compliance: the cases decided (confirmed or refused) in the month, and of those the ones decided on or
 * before their deadline — the extended one for an extended case — per the case's street.
 */
final class DeadlineCompliance {

    private DeadlineCompliance() {
    }

    static StreetTally tally(EntityManager em, YearMonth month, String street) {
        TypedQuery<Object[]> q = em.createQuery("SELECT c.street, SUM(CASE WHEN c.decidedOn <= c.deadline THEN 1"
                + " ELSE 0 END), COUNT(c) FROM CaseEntity c WHERE c.decidedOn >= :from AND c.decidedOn <= :to"
                + (street == null ? "" : " AND c.street = :street") + " GROUP BY c.street", Object[].class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth());
        if (street != null) {
            q.setParameter("street", street);
        }
        StreetTally t = new StreetTally();
        for (Object[] r : q.getResultList()) {
            t.add((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
        }
        return t;
    }
}
