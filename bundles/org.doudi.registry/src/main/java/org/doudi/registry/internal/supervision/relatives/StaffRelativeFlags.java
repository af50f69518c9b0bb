package org.doudi.registry.internal.supervision.relatives;

import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.supervision.SupervisionFlags;
import org.osgi.service.component.annotations.Component;

/**
 * Flags {@code STAFF_RELATIVE} on the records of a household with an active member an active close-relative
 * registration names, one flag per registration, naming the staff member who may not decide.
 */
@Component(service = SupervisionFlags.class)
public class StaffRelativeFlags implements SupervisionFlags {
    static final String KIND = "STAFF_RELATIVE";

    @Override
    public List<SupervisionFlag> flagsFor(EntityManager em, String householdId) {
        if (householdId == null) {
            return List.of();
        }
        return StaffRelativeMatches.inHousehold(em, householdId, null).stream()
                .map(m -> new SupervisionFlag(KIND, "member " + m.memberName() + ": " + m.registered() + "; "
                        + m.staff() + " may not decide this household's cases, enrolments or warnings"))
                .collect(Collectors.toList());
    }
}
