package org.doudi.shell.internal;

import java.util.ArrayList;
import java.util.List;
import org.doudi.api.registry.Household;

/** Short labels for a household's derived flags. */
final class Flags {
    private Flags() {
    }

    static String of(Household h) {
        List<String> flags = new ArrayList<>();
        if (Boolean.TRUE.equals(h.peopleHouseholdSeparation())) {
            flags.add("separated");
        }
        if (Boolean.TRUE.equals(h.nonLocalMembers())) {
            flags.add("non-local");
        }
        if (Boolean.TRUE.equals(h.complexComposition())) {
            flags.add("complex");
        }
        return String.join(",", flags);
    }
}
