package org.doudi.security.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.doudi.api.Digests;
import org.doudi.api.security.Caller;

/**
 * Recently verified credentials, keyed by a SHA-256 of user and password (the password itself is never kept),
 * each trusted for a fixed time. Bounded: when full it starts over.
 */
final class CredentialCache {
    private record Entry(Caller caller, long expiresAt) {
    }

    /** Forgets every cached credential of {@code user} (after a password change or a disabling). */
    void evict(String user) {
        entries.values().removeIf(e -> e.caller().name().equals(user));
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final int maxEntries;
    private final LongSupplier clock;

    CredentialCache(long ttlMillis, int maxEntries) {
        this(ttlMillis, maxEntries, System::currentTimeMillis);
    }

    CredentialCache(long ttlMillis, int maxEntries, LongSupplier clock) {
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    Optional<Caller> get(String user, String password) {
        Entry e = entries.get(key(user, password));
        if (e == null || e.expiresAt() <= clock.getAsLong()) {
            return Optional.empty();
        }
        return Optional.of(e.caller());
    }

    void put(String user, String password, Caller caller) {
        if (ttlMillis <= 0) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key(user, password), new Entry(caller, clock.getAsLong() + ttlMillis));
    }

    private static String key(String user, String password) {
        return Digests.sha256(user + '\u0000' + password);
    }
}
