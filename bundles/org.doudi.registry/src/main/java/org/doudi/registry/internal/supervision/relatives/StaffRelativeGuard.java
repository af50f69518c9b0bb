package org.doudi.registry.internal.supervision.relatives;

import java.util.List;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiException;
import org.doudi.registry.internal.supervision.DecisionGuard;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses any step (every case transition, extension, objection, appeal, enrolment change, warning assignment,
 * verification and disposition) about a household to the member of staff who registered one of its active members
 * as a close relative, or as themselves (no 人情保/关系保): 403 {@code conflict-of-interest}, naming the registration:
 * it must be handled by someone else. A {@code decision} ending in {@link #ASSIGNEE} checks the user to be assigned.
 * Anyone else proceeds as usual; an ended registration blocks nothing.
 */
@Component(service = DecisionGuard.class)
public class StaffRelativeGuard implements DecisionGuard {
    private static final Logger LOG = LoggerFactory.getLogger(StaffRelativeGuard.class);
    static final String PROBLEM = "conflict-of-interest";
    /** The suffix of a {@code decision} naming the user to be assigned (checked as {@code actor}), not the actor. */
    public static final String ASSIGNEE = "_ASSIGNEE";

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
        if (decision != null && decision.endsWith(ASSIGNEE)) {
            throw new DoudiException(403, PROBLEM, m.registered() + "; " + actor + " cannot be assigned this"
                    + " household's work: it must be handled by someone else");
        }
        throw new DoudiException(403, PROBLEM, m.registered() + "; it must be handled by someone else");
    }
}
