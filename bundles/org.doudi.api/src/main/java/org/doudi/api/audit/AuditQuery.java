package org.doudi.api.audit;

import java.time.LocalDate;

/**
 * Filters of an audit search; null ones do not filter.
 *
 * @param actor      who
 * @param action     what kind of event
 * @param entityType the kind of record
 * @param entityId   the record
 * @param from       first day (Asia/Shanghai), inclusive
 * @param to         last day, inclusive
 * @param page       zero-based page
 * @param size       page size (1-200)
 */
public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from,
        LocalDate to, int page, int size) {
}
