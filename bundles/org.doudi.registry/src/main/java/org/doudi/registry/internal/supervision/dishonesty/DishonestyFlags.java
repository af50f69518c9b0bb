package org.doudi.registry.internal.supervision.dishonesty;

import java.util.List;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiClock;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.entity.DishonestyRecordEntity;
import org.doudi.registry.internal.supervision.SupervisionFlags;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Flags a household one of whose present members is on the joint-punishment list today ({@code DISHONESTY_LISTED}),
 * so the caseworker sees it on a new application and every other read of the household's cases,
 * enrolments and warnings.
 */
@Component(service = SupervisionFlags.class)
public class DishonestyFlags implements SupervisionFlags {
    static final String KIND = "DISHONESTY_LISTED";

    @Reference
    private DoudiClock clock;

    @Override
    public List<SupervisionFlag> flagsFor(EntityManager em, String householdId) {
        return em.createQuery("SELECT d FROM DishonestyRecordEntity d, MemberEntity m WHERE m.household.id = :h"
                + " AND m.endedOn IS NULL AND m.idNumber = d.idNumber AND " + DishonestyListing.LISTED
                + " ORDER BY d.decidedOn, d.id", DishonestyRecordEntity.class).setParameter("h", householdId)
                .setParameter("today", clock.today()).getResultList().stream()
                .map(d -> new SupervisionFlag(KIND, "member " + d.getName() + " (" + ResidentIdNumber.mask(d.getIdNumber())
                        + ") is on the dishonesty list (失信记录) by the decision of " + d.getDecidedOn() + " ("
                        + d.getKind() + " in " + d.getProgramId() + ", record " + d.getId() + ")"
                        + (d.getListedUntil() == null ? "" : ", listed until " + d.getListedUntil())))
                .toList();
    }
}
