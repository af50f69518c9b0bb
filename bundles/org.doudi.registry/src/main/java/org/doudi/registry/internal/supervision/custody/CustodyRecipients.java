package org.doudi.registry.internal.supervision.custody;

import java.util.List;
import javax.persistence.EntityManager;
import org.doudi.api.ValidationException;
import org.doudi.registry.internal.entity.MemberEntity;

/** The recipient of a custody: an active member of the household, by person id or ID number (both must agree). */
final class CustodyRecipients {

    private CustodyRecipients() {
    }

    static MemberEntity find(EntityManager em, String householdId, String personId, String idNumber) {
        MemberEntity m;
        String field;
        if (!CustodyChecks.blank(personId)) {
            field = "personId";
            m = em.find(MemberEntity.class, personId.strip());
            if (m != null && !m.getHousehold().getId().equals(householdId)) {
                m = null;
            }
        } else {
            field = "idNumber";
            List<MemberEntity> found = em.createQuery("SELECT m FROM MemberEntity m WHERE m.household.id = :h"
                    + " AND m.idNumber = :id", MemberEntity.class).setParameter("h", householdId)
                    .setParameter("id", idNumber).getResultList();
            m = found.stream().filter(x -> x.getEndedOn() == null).findFirst().orElse(found.isEmpty() ? null
                    : found.get(0));
        }
        if (m == null) {
            throw new ValidationException(field, "member", "the recipient must be a member of household "
                    + householdId);
        }
        if (m.getEndedOn() != null) {
            throw new ValidationException(field, "activeMember", "the recipient left household " + householdId
                    + " on " + m.getEndedOn());
        }
        if (idNumber != null && !idNumber.equals(m.getIdNumber())) {
            throw new ValidationException("idNumber", "samePerson", "personId and idNumber name different people");
        }
        return m;
    }
}
