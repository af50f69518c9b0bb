package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;

/**
 * An urgent event (突发事件) to put on record for a household, the ground of a normal case, e.g.
 * {@code {"householdId":"h-1","eventType":"FIRE","eventDate":"2024-09-28","description":"kitchen fire, flat unusable"}}.
 *
 * @param householdId the household
 * @param eventType   the kind of event
 * @param eventDate   the day of the event, not after today
 * @param description what happened and how it was verified
 */
public record UrgentEventRequest(String householdId, EventType eventType, LocalDate eventDate, String description) {
}
