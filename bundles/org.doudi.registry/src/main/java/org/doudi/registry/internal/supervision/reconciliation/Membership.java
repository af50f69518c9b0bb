package org.doudi.registry.internal.supervision.reconciliation;

import java.time.LocalDate;
import org.doudi.api.registry.EndReason;

/**
 * A household an ID number belongs or belonged to.
 *
 * @param householdId the household
 * @param street      its street
 * @param endedOn     when the person left it; null while an active member
 * @param endReason   why they left (DECEASED for a death)
 */
record Membership(String householdId, String street, LocalDate endedOn, EndReason endReason) {

    boolean active() {
        return endedOn == null;
    }

    /** True if the person died on or before {@code day}. */
    boolean deadBy(LocalDate day) {
        return endReason == EndReason.DECEASED && endedOn != null && !endedOn.isAfter(day);
    }
}
