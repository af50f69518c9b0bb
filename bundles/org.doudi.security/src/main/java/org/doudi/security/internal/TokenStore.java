package org.doudi.security.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.doudi.api.Digests;

/**
 * Issued bearer tokens, in memory only: keyed by the SHA-256 of the token (the token itself is never kept, so a
 * heap dump gives nothing to replay), each with its user and expiry. Expired tokens are dropped when met and in a
 * sweep at most once a minute; each user holds at most {@link #MAX_PER_USER} live tokens (a new one retires the
 * oldest), which bounds the store by the number of users. Each user has a generation that {@link #revoke} bumps: an
 * issue that read the generation before checking the credentials stores nothing once it changed, so a password
 * change or a disabling that races with an issue never leaves a token alive.
 */
final class TokenStore {
    static final int TOKEN_BYTES = 32;
    static final int MAX_PER_USER = 20;
    private static final long SWEEP_MILLIS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String user, long serial, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private volatile long nextSweep;
    /** Issue order, to retire a user's oldest token even when several were issued in the same millisecond. */
    private long serial;
    /** Revocations per user (guarded by this); only revoked users have an entry, so admin actions bound it. */
    private final Map<String, Long> generations = new HashMap<>();

    TokenStore(LongSupplier clock) {
        this.clock = clock;
    }

    /** The revocation generation of {@code user}: read it before checking its credentials, pass it to issue. */
    synchronized long generation(String user) {
        return generations.getOrDefault(user, 0L);
    }

    /**
     * A new random token for {@code user}, valid for {@code lifetimeMillis} from now; empty if the user's tokens were
     * revoked since {@code generation} was read (its credentials may no longer be the ones that were checked).
     */
    synchronized Optional<String> issue(String user, long lifetimeMillis, long generation) {
        if (generation(user) != generation) {
            return Optional.empty();
        }
        sweepIfDue();
        long now = clock.getAsLong();
        retireOldestBeyondLimit(user);
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        entries.put(Digests.sha256(token), new Entry(user, ++serial, now + lifetimeMillis));
        return Optional.of(token);
    }

    /** The user of a live token, or empty for an unknown or expired one. */
    Optional<String> userOf(String token) {
        sweepIfDue();
        if (token == null || !wellFormed(token)) {
            return Optional.empty();
        }
        String key = Digests.sha256(token);
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.expiresAt() <= clock.getAsLong()) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.user());
    }

    /** Drops every token of {@code user} (disabled, or its secret changed) and refuses issues already under way. */
    synchronized void revoke(String user) {
        generations.merge(user, 1L, Long::sum);
        entries.values().removeIf(e -> e.user().equals(user));
    }

    /** Drops expired tokens now. */
    void purgeExpired() {
        long now = clock.getAsLong();
        entries.values().removeIf(e -> e.expiresAt() <= now);
        nextSweep = now + SWEEP_MILLIS;
    }

    /** Live and not yet swept tokens. */
    int size() {
        return entries.size();
    }

    private void sweepIfDue() {
        if (clock.getAsLong() >= nextSweep) {
            purgeExpired();
        }
    }

    private void retireOldestBeyondLimit(String user) {
        var mine = entries.entrySet().stream().filter(e -> e.getValue().user().equals(user))
                .sorted(Comparator.comparingLong(e -> e.getValue().serial())).toList();
        for (int i = 0; i <= mine.size() - MAX_PER_USER; i++) {
            entries.remove(mine.get(i).getKey());
        }
    }

    /** 32 bytes in base64url without padding: 43 characters of its alphabet; anything else is never looked up. */
    private static boolean wellFormed(String token) {
        if (token.length() != 43) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
