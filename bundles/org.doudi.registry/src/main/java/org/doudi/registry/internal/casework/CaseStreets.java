package org.doudi.registry.internal.casework;

import javax.persistence.EntityManager;

/**
 * A household's cases and enrolments follow it to its new street, in the transaction of the move: the new street
 * handles them (and sees them on its lists and payroll), the old one no longer does.
 */
public final class CaseStreets {

    private CaseStreets() {
    }

    public static void follow(EntityManager em, String householdId, String street) {
        em.createQuery("UPDATE CaseEntity c SET c.street = :s WHERE c.householdId = :h")
                .setParameter("s", street).setParameter("h", householdId).executeUpdate();
        em.createQuery("UPDATE EnrolmentEntity e SET e.street = :s WHERE e.householdId = :h")
                .setParameter("s", street).setParameter("h", householdId).executeUpdate();
        em.createQuery("UPDATE PersonCircleEntity p SET p.street = :s WHERE p.householdId = :h")
                .setParameter("s", street).setParameter("h", householdId).executeUpdate();
    }
}
