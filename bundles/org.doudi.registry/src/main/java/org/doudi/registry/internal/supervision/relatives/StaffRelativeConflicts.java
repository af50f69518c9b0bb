package org.doudi.registry.internal.supervision.relatives;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.supervision.StaffRelativeConflict;
import org.doudi.api.supervision.StaffRelativeRelation;

/**
 * The report of records a staff member may not decide: every case, enrolment and warning of a household with an
 * active member an active registration names, and whether that staff member nevertheless recorded a step of it.
 */
final class StaffRelativeConflicts {
    /** More rows than any district has relatives' records; a bound so the report never runs away. */
    static final int MAX_ROWS = 5_000;

    private static final String MATCH = " MemberEntity m, StaffRelativeEntity r WHERE m.household.id = x.householdId"
            + " AND m.endedOn IS NULL AND r.idNumber = m.idNumber AND r.endedOn IS NULL";

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
        TypedQuery<Object[]> q = em.createQuery(select + MATCH + (staff == null ? "" : " AND r.staffUser = :staff")
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
            out.add(new StaffRelativeConflict(record, id, String.valueOf(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], who, (StaffRelativeRelation) r[6], (String) r[7], (String) r[8], (String) r[9],
                    acted(em, record, id, who)));
        }
    }

    /** True if {@code staff} recorded a step of the record. */
    private static boolean acted(EntityManager em, String record, String id, String staff) {
        String jpql = switch (record) {
            case "CASE" -> "SELECT COUNT(x) FROM CaseEntity x JOIN x.transitions t WHERE x.id = :id AND t.actor = :s";
            case "ENROLMENT" -> "SELECT COUNT(x) FROM EnrolmentEntity x JOIN x.changes c WHERE x.id = :id"
                    + " AND c.actor = :s";
            default -> "SELECT COUNT(x) FROM WarningEntity x WHERE x.id = :id AND (x.assignedTo = :s"
                    + " OR x.verifiedBy = :s OR x.disposedBy = :s)";
        };
        return em.createQuery(jpql, Long.class).setParameter("id", id).setParameter("s", staff).getSingleResult() > 0;
    }
}
