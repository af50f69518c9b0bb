package org.doudi.api.audit;

import java.time.Instant;

/**
 * One entry of the audit trail: a write, or a sensitive read.
 *
 * @param id            position in the trail (ascending)
 * @param at            when
 * @param actor         who (user name, or {@code system:<job>})
 * @param action        what, e.g. {@code HOUSEHOLD_UPDATED}, {@code HOUSEHOLD_READ}
 * @param entityType    the kind of record, e.g. {@code household}
 * @param entityId      the record's id
 * @param entityVersion the record's version after a write, or null
 * @param reason        why, as stated
 * @param hash          SHA-256 linking this entry to the previous one (the chain {@code doudi:audit-verify} checks)
 */
public record AuditEvent(long id, Instant at, String actor, String action, String entityType, String entityId,
        Long entityVersion, String reason, String hash) {
}
