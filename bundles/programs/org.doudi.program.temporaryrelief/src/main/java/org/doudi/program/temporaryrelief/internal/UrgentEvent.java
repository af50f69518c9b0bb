package org.doudi.program.temporaryrelief.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.doudi.api.records.ProgramRecord;

/**
 * An urgent event on record for a household.
 *
 * @param id          the record's id
 * @param householdId the household
 * @param street      the household's street
 * @param eventType   the kind of event
 * @param eventDate   the day of the event
 * @param description what happened and how it was verified
 * @param recordedBy  who recorded it
 * @param recordedAt  when
 */
public record UrgentEvent(String id, String householdId, String street, EventType eventType, LocalDate eventDate,
        String description, String recordedBy, Instant recordedAt) {

    /** The record body: what the store does not index itself. */
    record Body(EventType eventType, String description) {
    }

    static UrgentEvent of(ProgramRecord r) {
        Body b = RecordBodies.read(r.body(), Body.class);
        return new UrgentEvent(r.id(), r.householdId(), r.street(), b.eventType(), r.eventDate(), b.description(),
                r.createdBy(), r.createdAt());
    }
}
