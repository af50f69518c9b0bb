package org.doudi.api.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One record a program keeps in the core's {@link ProgramRecordStore}. The core indexes the columns named here;
 * the program's own content travels in {@link #body()} as JSON the program reads and writes itself.
 *
 * @param id          the record's id (a UUID)
 * @param programId   the owning program, e.g. {@code temporary-relief}
 * @param kind        the record's kind within the program, e.g. {@code small-grant} (lower case with hyphens)
 * @param householdId the household it concerns, or null
 * @param street      the street it belongs to (scoping), or null for a district-level record
 * @param status      the program's status word, e.g. {@code REVIEW_DUE}, or null
 * @param eventDate   the day of the event it records, or null
 * @param dueDate     the day something about it is due, or null
 * @param amount      an amount in yuan, or null
 * @param keys        lookup keys (e.g. a hashed ID number per person covered), searchable with
 *                    {@link RecordQuery#key()}
 * @param body        the program's JSON, or null
 * @param version     1 when created, plus one per update
 * @param createdBy   who created it
 * @param createdAt   when
 * @param updatedBy   who changed it last
 * @param updatedAt   when
 */
public record ProgramRecord(String id, String programId, String kind, String householdId, String street,
        String status, LocalDate eventDate, LocalDate dueDate, BigDecimal amount, List<String> keys, String body,
        long version, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
}
