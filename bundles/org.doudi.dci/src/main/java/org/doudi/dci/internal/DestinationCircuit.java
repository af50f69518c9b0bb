package org.doudi.dci.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Consecutive failed callbacks to one destination (scheme, host and port): after {@link #FAILURES} in a row the
 * destination is skipped ("open") for {@link #OPEN_FOR}, so one dead partner does not hold up the others.
 */
final class DestinationCircuit {
    static final int FAILURES = 5;
    static final Duration OPEN_FOR = Duration.ofMinutes(5);

    private int failures;
    private Instant openUntil;

    /** The destination a circuit is kept for: scheme, host and port of {@code uri}. */
    static String destination(String uri) {
        try {
            URI u = URI.create(uri);
            return (u.getScheme() + "://" + u.getHost() + ":" + u.getPort()).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    synchronized void failed(Instant now) {
        failures++;
        if (failures >= FAILURES) {
            openUntil = now.plus(OPEN_FOR);
            failures = 0;
        }
    }

    synchronized boolean open(Instant now) {
        return openUntil != null && now.isBefore(openUntil);
    }
}
