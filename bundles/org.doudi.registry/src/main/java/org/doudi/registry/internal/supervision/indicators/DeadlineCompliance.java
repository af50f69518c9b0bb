package org.doudi.registry.internal.supervision.indicators;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.casework.CaseStatus;

/**
 * Deadline compliance, per the case's street:
 * <ul>
 * <li>measured: the cases decided (confirmed or refused) in the month, <em>plus</em> the cases whose deadline (the
 * extended one for an extended case) fell in the month, has passed, and that are still undecided (awaiting their
 * decision: accepted, verifying, investigating, under review or on public notice) — each of these counts as a
 * missed deadline, so leaving a case undecided does not flatter the indicator;</li>
 * <li>met: of the decided ones, those decided on or before their deadline.</li>
 * </ul>
 * A case decided late in a later month counts once, as missed, in the month of its decision (it is then no longer
 * undecided). A withdrawn case is not measured. "Has passed" is read against the database's current date, so in the
 * month in progress a case whose deadline is still ahead is not counted yet.
 */
final class DeadlineCompliance {
    private static final List<CaseStatus> UNDECIDED = Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::awaitingDecision).collect(Collectors.toUnmodifiableList());

    private DeadlineCompliance() {
    }

    static StreetTally tally(EntityManager em, YearMonth month, String street) {
        StreetTally t = new StreetTally();
        TypedQuery<Object[]> decided = em.createQuery("SELECT c.street, SUM(CASE WHEN c.decidedOn <= c.deadline"
                + " THEN 1 ELSE 0 END), COUNT(c) FROM CaseEntity c WHERE c.decidedOn >= :from AND c.decidedOn <= :to"
                + (street == null ? "" : " AND c.street = :street") + " GROUP BY c.street", Object[].class);
        for (Object[] r : bind(decided, month, street).getResultList()) {
            t.add((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
        }
        TypedQuery<Object[]> overdue = em.createQuery("SELECT c.street, COUNT(c) FROM CaseEntity c"
                + " WHERE c.decidedOn IS NULL AND c.status IN :undecided AND c.deadline >= :from AND c.deadline <= :to"
                + " AND c.deadline < CURRENT_DATE" + (street == null ? "" : " AND c.street = :street")
                + " GROUP BY c.street", Object[].class).setParameter("undecided", UNDECIDED);
        for (Object[] r : bind(overdue, month, street).getResultList()) {
            t.add((String) r[0], 0, ((Number) r[1]).longValue()); // missed: still undecided after its deadline
        }
        return t;
    }

    private static TypedQuery<Object[]> bind(TypedQuery<Object[]> q, YearMonth month, String street) {
        q.setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth());
        if (street != null) {
            q.setParameter("street", street);
        }
        return q;
    }
}
