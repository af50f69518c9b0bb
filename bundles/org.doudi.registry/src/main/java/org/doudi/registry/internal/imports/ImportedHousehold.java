package org.doudi.registry.internal.imports;

import java.util.List;
import org.doudi.api.casework.CirclePlacement;
import org.doudi.api.registry.Household;

/**
 * A household that passed every rule, ready to be written: ids assigned, ID numbers normalised, sex and birth date
 * taken from the ID number, circles placed.
 *
 * @param ref         the source platform's household reference
 * @param household   the household as stored (id, members with person ids, facts naming person ids)
 * @param memberLines the line of each member's row, in member order
 * @param enrolment   its migrated current assistance, or null
 * @param circles     the circle of each active member
 */
record ImportedHousehold(String ref, Household household, long[] memberLines, MigratedEnrolment enrolment,
        List<CirclePlacement> circles) {

    /** The household's first line. */
    long firstLine() {
        return memberLines[0];
    }
}
