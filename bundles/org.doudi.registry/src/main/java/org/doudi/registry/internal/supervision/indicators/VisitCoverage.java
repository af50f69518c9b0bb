package org.doudi.registry.internal.supervision.indicators;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.doudi.api.needs.OverdueVisitQuery;
import org.doudi.api.needs.VisitDue;
import org.doudi.api.needs.VisitService;

/**
 * Visit coverage (走访覆盖) of a month, per street: of the households with a hardship assessment made by the
 * month's last day (their current one), how many were not overdue for a visit at the end of the month (their
 * next visit, one cycle after the last, was not due before the next month's first day).
 */
final class VisitCoverage {

    private VisitCoverage() {
    }

    static StreetTally tally(EntityManager em, YearMonth month, VisitService visits) {
        LocalDate last = month.atEndOfMonth();
        @SuppressWarnings("unchecked")
        List<Object[]> assessed = em.createNativeQuery("SELECT h.street, a.household_id FROM needs_assessment a"
                + " JOIN household h ON h.id = a.household_id WHERE a.superseded_by IS NULL AND a.assessed_on <= ?")
                .setParameter(1, Date.valueOf(last)).getResultList();
        Set<String> overdue = new HashSet<>();
        for (VisitDue d : visits.overdue(new OverdueVisitQuery(null, null, last.plusDays(1)))) {
            overdue.add(d.householdId());
        }
        StreetTally tally = new StreetTally();
        for (Object[] row : assessed) {
            tally.add((String) row[0], overdue.contains((String) row[1]) ? 0 : 1, 1);
        }
        return tally;
    }
}
