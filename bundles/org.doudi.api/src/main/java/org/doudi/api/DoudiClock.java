package org.doudi.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The server's notion of "today" in Asia/Shanghai. Injectable so that tests and rehearsals can stand on any
 * date (configuration PID {@code org.doudi.clock}).
 */
public interface DoudiClock {

    /** The time zone every date is read in. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Today's date in {@link #ZONE}. */
    LocalDate today();

    /** The current instant. */
    Instant now();
}
