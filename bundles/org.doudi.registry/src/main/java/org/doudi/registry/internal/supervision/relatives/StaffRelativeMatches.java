package org.doudi.registry.internal.supervision.relatives;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.supervision.StaffRelativeRelation;

/**
 * The active close-relative registrations that touch a household (an active member's ID number is registered), and
 * the staff members' own ID numbers ({@code SELF}), read in the caller's transaction.
 */
public final class StaffRelativeMatches {

    /** An active registration naming an active member of a household. */
    public record Match(String registrationId, String staff, StaffRelativeRelation relation, String idNumber,
            String memberName) {

        /** "alice registered spouse 310105********123X as a close relative (registration …)". */
        String registered() {
            String id = ResidentIdNumber.mask(idNumber);
            return relation == StaffRelativeRelation.SELF
                    ? staff + " registered " + id + " as their own ID number (registration " + registrationId + ")"
                    : staff + " registered " + words(relation) + " " + id + " as a close relative (registration "
                            + registrationId + ")";
        }
    }

    private StaffRelativeMatches() {
    }

    /** The active registrations naming an active member of {@code householdId}; of one staff member, or of all. */
    public static List<Match> inHousehold(EntityManager em, String householdId, String staff) {
        TypedQuery<Object[]> q = em.createQuery("SELECT r.id, r.staffUser, r.relation, r.idNumber, m.name"
                + " FROM StaffRelativeEntity r, MemberEntity m WHERE m.household.id = :h AND m.endedOn IS NULL"
                + " AND m.idNumber = r.idNumber AND r.endedOn IS NULL"
                + (staff == null ? "" : " AND r.staffUser = :staff")
                + " ORDER BY r.staffUser, r.registeredAt, r.id", Object[].class).setParameter("h", householdId);
        if (staff != null) {
            q.setParameter("staff", staff);
        }
        return q.getResultList().stream().map(r -> new Match((String) r[0], (String) r[1],
                (StaffRelativeRelation) r[2], (String) r[3], (String) r[4])).collect(Collectors.toList());
    }

    /** The staff member who registered {@code idNumber} as their own ({@code SELF}), if one did. */
    public static Optional<String> ownerOf(EntityManager em, String idNumber) {
        return owners(em, List.of(idNumber)).values().stream().findFirst();
    }

    /** Staff members by their own ID numbers, for those of {@code idNumbers} that are. */
    public static Map<String, String> owners(EntityManager em, Collection<String> idNumbers) {
        Map<String, String> out = new HashMap<>();
        if (idNumbers.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT r.idNumber, r.staffUser FROM StaffRelativeEntity r WHERE r.relation = :self"
                + " AND r.endedOn IS NULL AND r.idNumber IN :ids ORDER BY r.registeredAt", Object[].class)
                .setParameter("self", StaffRelativeRelation.SELF).setParameter("ids", List.copyOf(idNumbers))
                .getResultList().forEach(r -> out.putIfAbsent((String) r[0], (String) r[1]));
        return out;
    }

    /**
     * The active registrations (any relation, {@code SELF} too) of those of {@code idNumbers} that are registered,
     * by ID number, the oldest first; {@code memberName} is the name registered.
     */
    public static Map<String, List<Match>> registrations(EntityManager em, Collection<String> idNumbers) {
        Map<String, List<Match>> out = new HashMap<>();
        if (idNumbers.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT r.id, r.staffUser, r.relation, r.idNumber, r.name FROM StaffRelativeEntity r"
                + " WHERE r.endedOn IS NULL AND r.idNumber IN :ids ORDER BY r.registeredAt, r.id", Object[].class)
                .setParameter("ids", List.copyOf(idNumbers)).getResultList()
                .forEach(r -> out.computeIfAbsent((String) r[3], k -> new java.util.ArrayList<>()).add(new Match(
                        (String) r[0], (String) r[1], (StaffRelativeRelation) r[2], (String) r[3], (String) r[4])));
        return out;
    }

    /** {@code PARENT_IN_LAW} as "parent in law". */
    public static String words(StaffRelativeRelation relation) {
        return relation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
