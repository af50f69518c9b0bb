package org.doudi.security.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per user name: after {@code maxFailures} in a row the name is locked out for a while,
 * so passwords cannot be guessed at request speed. A success resets the count. Bounded in size.
 */
final class LoginThrottle {
    private record State(int failures, long lockedUntil) {
    }

    private static final int MAX_TRACKED = 100_000;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final long lockoutMillis;
    private final LongSupplier clock;

    LoginThrottle(int maxFailures, long lockoutMillis) {
        this(maxFailures, lockoutMillis, System::currentTimeMillis);
    }

    LoginThrottle(int maxFailures, long lockoutMillis, LongSupplier clock) {
        this.maxFailures = maxFailures;
        this.lockoutMillis = lockoutMillis;
        this.clock = clock;
    }

    long lockedOutSeconds(String user) {
        State s = states.get(user);
        long left = s == null ? 0 : s.lockedUntil() - clock.getAsLong();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    void failed(String user) {
        if (states.size() >= MAX_TRACKED) {
            states.clear();
        }
        states.compute(user, (u, s) -> {
            long now = clock.getAsLong();
            int failures = (s == null || (s.lockedUntil() > 0 && s.lockedUntil() <= now)) ? 1 : s.failures() + 1;
            return new State(failures, failures >= maxFailures ? now + lockoutMillis : 0);
        });
    }

    void succeeded(String user) {
        states.remove(user);
    }
}
