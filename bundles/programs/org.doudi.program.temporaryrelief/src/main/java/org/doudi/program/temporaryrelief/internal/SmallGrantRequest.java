package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A request for small-amount relief (小金额救助), e.g.
 * {@code {"householdId":"h-1","amount":1000.00,"eventType":"FIRE","eventDate":"2024-09-28","reason":"..."}}.
 *
 * @param householdId the household
 * @param amount      yuan, at most two decimals, at most the cap per person times the active members
 * @param eventType   the kind of urgent event
 * @param eventDate   the day of the event, not after today
 * @param reason      the verified hardship in words (what happened, what was checked)
 */
public record SmallGrantRequest(String householdId, BigDecimal amount, EventType eventType, LocalDate eventDate,
        String reason) {
}
