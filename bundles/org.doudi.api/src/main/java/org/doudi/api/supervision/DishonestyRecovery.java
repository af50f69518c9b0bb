package org.doudi.api.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment recovered on a dishonesty record (追回).
 *
 * @param number     its number on the record, from 1
 * @param amount     yuan
 * @param on         the day it was received
 * @param note       what was recorded with it
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record DishonestyRecovery(int number, BigDecimal amount, LocalDate on, String note, String recordedBy,
        Instant recordedAt) {
}
