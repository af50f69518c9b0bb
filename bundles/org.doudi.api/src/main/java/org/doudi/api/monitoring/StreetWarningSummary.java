package org.doudi.api.monitoring;

/**
 * Open warnings of one street, by status and age.
 *
 * @param street        the street id
 * @param open          OPEN
 * @param assigned      ASSIGNED
 * @param verified      VERIFIED (awaiting disposition)
 * @param high          open ones of HIGH severity
 * @param olderThan30   open ones raised more than 30 days ago
 * @param oldestAgeDays the age of the oldest open one, in days (0 when none)
 * @param closed        DISPOSED or DISMISSED
 */
public record StreetWarningSummary(String street, long open, long assigned, long verified, long high,
        long olderThan30, long oldestAgeDays, long closed) {
}
