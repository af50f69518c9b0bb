package org.doudi.registry.internal.supervision.relatives;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.supervision.StaffRelativeConflict;
import org.doudi.api.supervision.StaffRelativeRelation;

/**
 * The report of records a staff member may not handle: every case, enrolment and warning of a household with an
 * active member an active registration names, and whether that staff member nevertheless recorded a step of it; and,
 * so that ending a registration does not remove the trace, every record of a household a since-ended registration
 * named (the member then or now) of which the staff member recorded a step while that registration was in force
 * (the step's recorded time between the registration's recorded start and its recorded end).
 */
final class StaffRelativeConflicts {
    /** More rows than any district has relatives' records; a bound so the report never runs away. */
    static final int MAX_ROWS = 5_000;

    private static final String MATCH = " MemberEntity m, StaffRelativeEntity r WHERE m.household.id = x.householdId"
            + " AND m.endedOn IS NULL AND r.idNumber = m.idNumber AND r.endedOn IS NULL";
    private static final String MATCH_ENDED = " MemberEntity m, StaffRelativeEntity r WHERE m.household.id ="
            + " x.householdId AND r.idNumber = m.idNumber AND r.endedOn IS NOT NULL";

    private StaffRelativeConflicts() {
    }

    static List<StaffRelativeConflict> list(EntityManager em, String staff, String street) {
        List<StaffRelativeConflict> out = new ArrayList<>();
        rows(em, "CASE", "SELECT x.id, x.status, x.programId, x.householdId, x.street, r.staffUser, r.relation, r.id,"
                + " m.name, m.idNumber FROM CaseEntity x,", staff, street, out);
        rows(em, "ENROLMENT", "SELECT x.id, x.status, x.programId, x.householdId, x.street, r.staffUser, r.relation,"
                + " r.id, m.name, m.idNumber FROM EnrolmentEntity x,", staff, street, out);
        rows(em, "WARNING", "SELECT x.id, x.status, x.feedType, x.householdId, x.street, r.staffUser, r.relation,"
                + " r.id, m.name, m.idNumber FROM WarningEntity x,", staff, street, out);
        return out;
    }

    private static void rows(EntityManager em, String record, String select, String staff, String street,
            List<StaffRelativeConflict> out) {
        rows(em, record, select, MATCH, staff, street, out);
        rows(em, record, select.replace(" FROM ", ", r.registeredAt, r.endedAt FROM "), MATCH_ENDED, staff, street,
                out);
    }

    private static void rows(EntityManager em, String record, String select, String match, String staff,
            String street, List<StaffRelativeConflict> out) {
        boolean ended = match == MATCH_ENDED;
        java.util.Set<String> seen = new java.util.HashSet<>();
        TypedQuery<Object[]> q = em.createQuery(select + match + (staff == null ? "" : " AND r.staffUser = :staff")
                + (street == null ? "" : " AND x.street = :street") + " ORDER BY x.street, x.householdId, x.id,"
                + " r.staffUser", Object[].class).setMaxResults(MAX_ROWS);
        if (staff != null) {
            q.setParameter("staff", staff);
        }
        if (street != null) {
            q.setParameter("street", street);
        }
        for (Object[] r : q.getResultList()) {
            String id = (String) r[0];
            String who = (String) r[5];
            if (!seen.add(id + "/" + r[7])) {
                continue; // the same person in the household twice (left and came back)
            }
            boolean acted = ended ? acted(em, record, id, who, (LocalDateTime) r[10], (LocalDateTime) r[11])
                    : acted(em, record, id, who, null, null);
            if (ended && !acted) {
                continue; // an ended registration is reported only where its staff member acted while in force
            }
            out.add(new StaffRelativeConflict(record, id, String.valueOf(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], who, (StaffRelativeRelation) r[6], (String) r[7], (String) r[8], (String) r[9],
                    acted));
        }
    }

    /**
     * True if {@code staff} recorded a step of the record: at any time ({@code from} and {@code to} null), or with
     * its recorded time from {@code from} to {@code to}.
     */
    static boolean acted(EntityManager em, String record, String id, String staff, LocalDateTime from,
            LocalDateTime to) {
        boolean period = from != null && to != null;
        String jpql = switch (record) {
            case "CASE" -> "SELECT COUNT(x) FROM CaseEntity x JOIN x.transitions t WHERE x.id = :id AND t.actor = :s"
                    + (period ? " AND t.recordedAt >= :from AND t.recordedAt <= :to" : "");
            case "ENROLMENT" -> "SELECT COUNT(x) FROM EnrolmentEntity x JOIN x.changes c WHERE x.id = :id"
                    + " AND c.actor = :s" + (period ? " AND c.recordedAt >= :from AND c.recordedAt <= :to" : "");
            default -> "SELECT COUNT(x) FROM WarningEntity x WHERE x.id = :id AND (" + (period
                    ? "(x.assignedTo = :s AND x.assignedAt >= :from AND x.assignedAt <= :to)"
                            + " OR (x.verifiedBy = :s AND x.verifiedAt >= :from AND x.verifiedAt <= :to)"
                            + " OR (x.disposedBy = :s AND x.disposedAt >= :from AND x.disposedAt <= :to))"
                    : "x.assignedTo = :s OR x.verifiedBy = :s OR x.disposedBy = :s)");
        };
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("id", id).setParameter("s", staff);
        if (period) {
            q.setParameter("from", from).setParameter("to", to);
        }
        return q.getSingleResult() > 0;
    }
}
