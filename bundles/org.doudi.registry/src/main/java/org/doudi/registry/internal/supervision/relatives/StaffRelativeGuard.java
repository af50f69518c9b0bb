package org.doudi.registry.internal.supervision.relatives;

import java.util.List;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiException;
import org.doudi.registry.internal.supervision.DecisionGuard;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a decision about a household to the member of staff who registered one of its active members as a close
 * relative, or as themselves (no 人情保/关系保): 403 {@code conflict-of-interest}, naming the registration. Anyone
 * else decides as usual; an ended registration blocks nothing.
 */
@Component(service = DecisionGuard.class)
public class StaffRelativeGuard implements DecisionGuard {
    private static final Logger LOG = LoggerFactory.getLogger(StaffRelativeGuard.class);
    static final String PROBLEM = "conflict-of-interest";

    @Override
    public void check(EntityManager em, String actor, String householdId, String decision) {
        if (actor == null || householdId == null) {
            return;
        }
        List<StaffRelativeMatches.Match> own = StaffRelativeMatches.inHousehold(em, householdId, actor);
        if (own.isEmpty()) {
            return;
        }
        StaffRelativeMatches.Match m = own.get(0);
        LOG.warn("Refused {} about household {} to {}: registration {} ({})", decision, householdId, actor,
                m.registrationId(), m.relation());
        throw new DoudiException(403, PROBLEM, m.registered() + "; another member of staff must decide");
    }
}
