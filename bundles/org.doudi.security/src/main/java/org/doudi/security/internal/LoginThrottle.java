package org.doudi.security.internal;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per user name: after {@code maxFailures} in a row the name is locked out for a while,
 * so passwords cannot be guessed at request speed. A success resets the count. Bounded in size: when full, the
 * names whose last failure is oldest are forgotten first, but never a name that is locked out now (so failures
 * spread over many names cannot lift a lockout); lockouts themselves end after {@code lockoutMillis}.
 */
final class LoginThrottle {
    private record State(int failures, long lockedUntil, long lastFailure) {
    }

    static final int MAX_TRACKED = 100_000;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final long lockoutMillis;
    private final LongSupplier clock;
    private final int maxTracked;

    LoginThrottle(int maxFailures, long lockoutMillis) {
        this(maxFailures, lockoutMillis, System::currentTimeMillis);
    }

    LoginThrottle(int maxFailures, long lockoutMillis, LongSupplier clock) {
        this(maxFailures, lockoutMillis, clock, MAX_TRACKED);
    }

    LoginThrottle(int maxFailures, long lockoutMillis, LongSupplier clock, int maxTracked) {
        this.maxFailures = maxFailures;
        this.lockoutMillis = lockoutMillis;
        this.clock = clock;
        this.maxTracked = maxTracked;
    }

    long lockedOutSeconds(String user) {
        State s = states.get(user);
        long left = s == null ? 0 : s.lockedUntil() - clock.getAsLong();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    void failed(String user) {
        if (states.size() >= maxTracked && !states.containsKey(user)) {
            evict();
        }
        states.compute(user, (u, s) -> {
            long now = clock.getAsLong();
            int failures = (s == null || (s.lockedUntil() > 0 && s.lockedUntil() <= now)) ? 1 : s.failures() + 1;
            return new State(failures, failures >= maxFailures ? now + lockoutMillis : 0, now);
        });
    }

    void succeeded(String user) {
        states.remove(user);
    }

    /** Names tracked now (locked out or counting failures). */
    int size() {
        return states.size();
    }

    /**
     * Makes room down to nine tenths of the bound (so a full table is not scanned at every failure): first the
     * lockouts that have ended, then the names that are not locked out, oldest last failure first.
     */
    private synchronized void evict() {
        if (states.size() < maxTracked) {
            return;
        }
        long now = clock.getAsLong();
        states.values().removeIf(s -> s.lockedUntil() > 0 && s.lockedUntil() <= now);
        int excess = states.size() - (maxTracked - maxTracked / 10);
        if (excess <= 0) {
            return;
        }
        states.entrySet().stream().filter(e -> e.getValue().lockedUntil() == 0)
                .sorted(Comparator.comparingLong(e -> e.getValue().lastFailure())).limit(excess).toList()
                // remove(key, value): a name that failed again meanwhile (and may now be locked out) stays
                .forEach(e -> states.remove(e.getKey(), e.getValue()));
    }
}
