package org.doudi.registry.internal.supervision.indicators;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/**
 * Reconciliation errors: the mismatches per street of the month's latest fund reconciliation (tables of version 6),
 * over the lines of our payment roll in that street. Empty when the month has not been reconciled. Mismatches
 * without a street (a payment to someone not registered) count in no street.
 */
final class ReconciliationErrors {

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
        rows(em.createNativeQuery("SELECT group_key, item_count FROM reconciliation_total WHERE reconciliation_id = ?"
                + " AND dimension = 'STREET' AND measure = 'ROLL'").setParameter(1, run).getResultList())
                .forEach(r -> t.add((String) r[0], 0, ((Number) r[1]).longValue()));
        rows(em.createNativeQuery("SELECT street, COUNT(*) FROM reconciliation_mismatch WHERE reconciliation_id = ?"
                + " AND street IS NOT NULL GROUP BY street").setParameter(1, run).getResultList())
                .forEach(r -> t.add((String) r[0], ((Number) r[1]).longValue(), 0));
        return Optional.of(t);
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
