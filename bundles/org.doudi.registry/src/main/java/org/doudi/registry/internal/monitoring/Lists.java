package org.doudi.registry.internal.monitoring;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Id lists as the warning table keeps them: comma-separated, null when empty. */
final class Lists {
    private Lists() {
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toList());
    }

    static String join(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids);
    }

    /** {@code joined} with {@code more} added, each id once. */
    static String union(String joined, List<String> more) {
        Set<String> all = new LinkedHashSet<>(split(joined));
        all.addAll(more);
        return join(List.copyOf(all));
    }
}
