package org.doudi.registry.internal.supervision.indicators;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.doudi.api.supervision.StreetIndicator;

/**
 * Reconciliation errors: per street, the erroneous payments of the month's latest fund reconciliation (tables of
 * version 6: a PAID row with one or more mismatches counts once, so does a roll payment not paid) over the payments
 * measured — the lines of our payment roll plus the PAID rows that reached no roll line (not on the roll, a second
 * payment, unreadable) — so the rate is at most 1. Resolved mismatches still count: the payment was wrong. Payments
 * to people not registered (and unreadable rows) count under the street {@link #NOT_REGISTERED}, which is in the
 * tally so that a district total summed over the tally's streets includes them. Empty when the month has not been
 * reconciled.
 */
final class ReconciliationErrors {
    /** The street key of payments to ID numbers not in the registry (ReconciliationTotal.NOT_REGISTERED). */
    static final String NOT_REGISTERED = "(not registered)";

    private ReconciliationErrors() {
    }

    static Optional<StreetTally> tally(EntityManager em, YearMonth month) {
        List<?> runs = em.createNativeQuery("SELECT id FROM reconciliation WHERE recon_month = ?"
                + " ORDER BY ran_at DESC, id").setParameter(1, month.toString()).setMaxResults(1).getResultList();
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        String run = String.valueOf(runs.get(0));
        StreetTally t = new StreetTally();
        rows(em.createNativeQuery("SELECT group_key, measure, item_count FROM reconciliation_total"
                + " WHERE reconciliation_id = ? AND dimension = 'STREET'"
                + " AND measure IN ('ROLL', 'PAID_OFF_ROLL', 'ERRONEOUS') ORDER BY group_key, measure")
                .setParameter(1, run).getResultList()).forEach(r -> {
                    long n = ((Number) r[2]).longValue();
                    boolean erroneous = "ERRONEOUS".equals(r[1]);
                    t.add((String) r[0], erroneous ? n : 0, erroneous ? 0 : n);
                });
        return Optional.of(t);
    }

    /**
     * The district's figure: every street's, those of payments to people not registered included (the report's
     * rows list configured streets only).
     */
    static Optional<StreetIndicator> district(EntityManager em, YearMonth month) {
        return tally(em, month).map(t -> {
            StreetIndicator sum = null;
            for (String street : t.streets()) {
                StreetIndicator i = t.indicator(street);
                sum = sum == null ? i : sum.plus(i);
            }
            return sum == null ? StreetIndicator.of(0, 0, null) : sum;
        });
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
