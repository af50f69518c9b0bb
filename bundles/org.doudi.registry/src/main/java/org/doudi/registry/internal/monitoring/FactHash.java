package org.doudi.registry.internal.monitoring;

import java.time.LocalDate;
import org.doudi.api.Digests;
import org.doudi.api.monitoring.FeedType;

/**
 * The identity of a partner fact: SHA-256 of the person's ID number, the feed type, the fact's date and its key
 * value (employer, plate, property id …; empty when the type has none). One warning per fact, ever: the warning
 * table's unique {@code fact_hash} holds it, so a rerun raises nothing twice and a dismissed fact never reopens.
 */
final class FactHash {
    private static final char SEPARATOR = '\u001f';

    private FactHash() {
    }

    static String of(String idNumber, FeedType type, LocalDate date, String key) {
        return Digests.sha256(idNumber + SEPARATOR + type.id() + SEPARATOR + date + SEPARATOR
                + (key == null ? "" : key.strip()));
    }
}
