package org.doudi.program.charity.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.doudi.api.DoudiClock;

/** A clock standing on one day. */
final class FixedClock implements DoudiClock {
    LocalDate today;

    FixedClock(LocalDate today) {
        this.today = today;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public Instant now() {
        return today.atStartOfDay(ZONE).toInstant();
    }
}
