package org.doudi.registry.internal.monitoring;

import java.util.HashSet;
import java.util.Set;

/**
 * What a member's death does to an enrolment that covers them. A death stops only the money of an enrolment whose
 * covered people all die with that person:
 * <ul>
 * <li>a person-level enrolment covering only that person (a disability subsidy, special hardship);</li>
 * <li>a household-level enrolment (dibao) of a household whose only active member is that person;</li>
 * <li>a person-level enrolment covering that person together with others is weighed like a household-level one:
 * it stops only if none of the others is still an active member.</li>
 * </ul>
 * Any other covering enrolment still pays for living people: a head-and-child household whose child dies keeps the
 * head's subsistence. Its benefit was computed for more members, so the warning asks the street to recalculate
 * (RECHECK_ELIGIBILITY), and neither the report nor its confirmation suspends or terminates it.
 */
final class DeathCoverage {
    private DeathCoverage() {
    }

    /**
     * The active members an enrolment pays for.
     *
     * @param covered the persons a person-level enrolment covers, or null for a household-level one
     * @param active  the household's active members
     */
    static Set<String> paidFor(Set<String> covered, Set<String> active) {
        if (covered == null) {
            return active;
        }
        Set<String> both = new HashSet<>(covered);
        both.retainAll(active);
        return both;
    }

    /** True if the enrolment pays for nobody alive once {@code personId} has died. */
    static boolean endsWith(Set<String> covered, Set<String> active, String personId) {
        for (String p : paidFor(covered, active)) {
            if (!p.equals(personId)) {
                return false;
            }
        }
        return true;
    }
}
