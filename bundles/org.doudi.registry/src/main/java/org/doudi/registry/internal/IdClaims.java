package org.doudi.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiException;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.IdClaimEntity;
import org.doudi.registry.internal.entity.MemberEntity;

/**
 * Keeps one claim row per ID number that is an active member, so the same person cannot be an active member
 * of two households (the table's primary key enforces it also against concurrent writes).
 */
final class IdClaims {

    void sync(EntityManager em, HouseholdEntity e) {
        Map<String, MemberEntity> wanted = new HashMap<>();
        for (MemberEntity m : e.getMembers()) {
            if (m.getIdNumber() != null && m.getEndedOn() == null) {
                wanted.put(m.getIdNumber(), m);
            }
        }
        List<IdClaimEntity> held = em.createQuery("SELECT c FROM IdClaimEntity c WHERE c.householdId = :h",
                IdClaimEntity.class).setParameter("h", e.getId()).getResultList();
        for (IdClaimEntity c : held) {
            MemberEntity m = wanted.get(c.getIdNumber());
            if (m == null || !m.getPersonId().equals(c.getPersonId())) {
                em.remove(c);
            } else {
                wanted.remove(c.getIdNumber());
            }
        }
        em.flush();
        for (MemberEntity m : wanted.values()) {
            IdClaimEntity other = em.find(IdClaimEntity.class, m.getIdNumber());
            if (other != null) {
                throw new DoudiException(409, "id-number-in-use", "members[" + m.getSeq() + "].idNumber: "
                        + "this person is already an active member of another household; end that membership first");
            }
            em.persist(new IdClaimEntity(m.getIdNumber(), m.getPersonId(), e.getId()));
        }
    }

}
