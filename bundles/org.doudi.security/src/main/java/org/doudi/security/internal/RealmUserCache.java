package org.doudi.security.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.doudi.api.security.Caller;

/**
 * The realm's users as {@link RealmUsers} reads them, each kept for a few seconds so bearer requests do not reread
 * the user file every time. {@link #evict} (on a token revocation: password changed, user disabled) takes effect at
 * once: it drops the user and stops a read already under way from storing what it read.
 */
final class RealmUserCache implements Function<String, Optional<Caller>> {
    static final long TTL_MILLIS = 5_000;
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Optional<Caller> caller, long expiresAt) {
    }

    private final Function<String, Optional<Caller>> reader;
    private final LongSupplier clock;
    private final long ttlMillis;
    /** Guarded by this, as are {@link #generations}. */
    private final Map<String, Entry> entries = new HashMap<>();
    /** Evictions per user; only evicted users have an entry, so admin actions bound it. */
    private final Map<String, Long> generations = new HashMap<>();

    /** @param reader the user as the store has it now (empty if missing or disabled) */
    RealmUserCache(Function<String, Optional<Caller>> reader, LongSupplier clock, long ttlMillis) {
        this.reader = reader;
        this.clock = clock;
        this.ttlMillis = ttlMillis;
    }

    @Override
    public Optional<Caller> apply(String user) {
        long generation;
        synchronized (this) {
            Entry e = entries.get(user);
            if (e != null && e.expiresAt() > clock.getAsLong()) {
                return e.caller();
            }
            generation = generations.getOrDefault(user, 0L);
        }
        Optional<Caller> read = reader.apply(user);
        synchronized (this) {
            if (generations.getOrDefault(user, 0L) == generation) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(user, new Entry(read, clock.getAsLong() + ttlMillis));
            }
        }
        return read;
    }

    /** Forgets {@code user}: the next request reads it from the store. */
    synchronized void evict(String user) {
        generations.merge(user, 1L, Long::sum);
        entries.remove(user);
    }
}
