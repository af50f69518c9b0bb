package org.doudi.registry.internal.supervision.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.doudi.api.supervision.StreetIndicator;

/** Counts per street: how many met the measure, over how many were measured. */
final class StreetTally {
    private final Map<String, long[]> counts = new LinkedHashMap<>();

    void add(String street, long met, long measured) {
        long[] c = counts.computeIfAbsent(street, s -> new long[2]);
        c[0] += met;
        c[1] += measured;
    }

    StreetIndicator indicator(String street) {
        long[] c = counts.getOrDefault(street, new long[2]);
        return StreetIndicator.of(c[0], c[1], null);
    }

    Set<String> streets() {
        return counts.keySet();
    }
}
