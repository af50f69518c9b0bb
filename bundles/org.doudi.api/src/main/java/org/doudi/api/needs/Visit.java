package org.doudi.api.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded visit (走访).
 *
 * @param id          the visit's id
 * @param householdId the household visited
 * @param street      the household's street when visited
 * @param advisor     who visited
 * @param visitedOn   the day of the visit
 * @param findings    what was found
 * @param services    the services delivered, in the order given
 * @param followUp    the follow-up, or null
 * @param recordedBy  who recorded it
 * @param recordedAt  when
 */
public record Visit(String id, String householdId, String street, String advisor, LocalDate visitedOn,
        String findings, List<String> services, String followUp, String recordedBy, Instant recordedAt) {
}
