package org.doudi.api.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a program writes to a record: the whole content, on creation and on every update.
 *
 * @param kind        the record's kind, lower case with hyphens, at most 40 characters
 * @param householdId the household it concerns, or null
 * @param street      the street it belongs to, or null
 * @param status      a status word of at most 30 characters, or null
 * @param eventDate   the event's day, or null
 * @param dueDate     the day something is due, or null
 * @param amount      yuan with at most two decimals, or null
 * @param keys        lookup keys, each at most 100 characters (may be empty)
 * @param body        the program's JSON (at most 1 MiB), or null
 */
public record RecordDraft(String kind, String householdId, String street, String status, LocalDate eventDate,
        LocalDate dueDate, BigDecimal amount, List<String> keys, String body) {

    public RecordDraft {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
