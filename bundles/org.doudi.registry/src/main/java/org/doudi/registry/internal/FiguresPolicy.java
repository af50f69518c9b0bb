package org.doudi.registry.internal;

import java.util.Set;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Relation;

/**
 * The configurable rules behind a household's derived figures (PID {@code org.doudi.registry}).
 *
 * @param averagingMonths   months averaged for per-capita monthly income (12 by default)
 * @param exemptIncomeTypes income types left out of the income test
 * @param complexMinMembers a household with this many active members or more is "complex"
 * @param complexRelations  a household with an active member of one of these relations is "complex"
 */
public record FiguresPolicy(int averagingMonths, Set<IncomeType> exemptIncomeTypes, int complexMinMembers,
        Set<Relation> complexRelations) {

    /** The defaults of SPEC §1: 12 months, nothing exempt, complex at 6+ members or any OTHER relation. */
    public static final FiguresPolicy DEFAULT = new FiguresPolicy(12, Set.of(), 6, Set.of(Relation.OTHER));
}
