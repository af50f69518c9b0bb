package org.doudi.registry.internal.supervision.indicators;

import java.time.YearMonth;
import java.util.Optional;
import javax.persistence.EntityManager;

/**
 * File-check findings corrected: the findings on the cases sampled by the month's file check (tables of version 7)
 * per street, and of those the ones corrected by now — closed, i.e. the correction accepted by the district (a correction
 * only submitted by the street does not count yet). Empty when no file check was drawn for the month.
 */
final class FileCheckCorrections {

    private FileCheckCorrections() {
    }

    static Optional<StreetTally> tally(EntityManager em, YearMonth month) {
        if (em.createNativeQuery("SELECT id FROM file_check WHERE check_month = ?").setParameter(1, month.toString())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        StreetTally t = new StreetTally();
        ReconciliationErrors.rows(em.createNativeQuery("SELECT s.street, SUM(CASE WHEN f.status = 'CLOSED' THEN 1"
                + " ELSE 0 END), COUNT(*) FROM file_check_finding f JOIN file_check_case s ON s.id = f.sample_id"
                + " JOIN file_check c ON c.id = s.file_check_id WHERE c.check_month = ? GROUP BY s.street")
                .setParameter(1, month.toString()).getResultList())
                .forEach(r -> t.add((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        return Optional.of(t);
    }
}
