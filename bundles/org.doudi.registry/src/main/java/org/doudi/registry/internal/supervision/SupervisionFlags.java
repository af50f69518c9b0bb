package org.doudi.registry.internal.supervision;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.doudi.api.supervision.SupervisionFlag;

/**
 * A source of supervision flags on a household's records (a DS service of this bundle; the case, enrolment and
 * warning services collect the flags of every source when they read a record).
 */
public interface SupervisionFlags {

    /** The flags that apply to {@code householdId}'s records today, read in the caller's transaction. */
    List<SupervisionFlag> flagsFor(EntityManager em, String householdId);

    /**
     * The flags every one of {@code sources} raises on {@code householdId}, in the order of the sources; none for
     * a record without a household.
     */
    static List<SupervisionFlag> all(List<? extends SupervisionFlags> sources, EntityManager em, String householdId) {
        List<SupervisionFlag> out = new ArrayList<>();
        if (householdId == null) {
            return out;
        }
        for (SupervisionFlags source : sources) {
            out.addAll(source.flagsFor(em, householdId));
        }
        return out;
    }
}
