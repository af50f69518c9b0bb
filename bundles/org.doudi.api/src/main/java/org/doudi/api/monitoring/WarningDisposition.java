package org.doudi.api.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a warning ended ({@code POST /api/warnings/{id}/disposition}).
 *
 * @param kind          exactly one of include, terminate, link to services, dismiss
 * @param reason        why (required; for DISMISS the reason it is unfounded)
 * @param effectiveOn   the day a termination takes effect ({@code yyyy-MM-dd}; today when absent)
 * @param services      for LINK_TO_SERVICES: the services linked, in words
 * @param enrolmentIds  the enrolments ended by TERMINATE_ASSISTANCE (set by the server: the live enrolments
 *                      covering the person; after a confirmed death only those that paid for nobody else)
 * @param disposedBy    who decided (set by the server)
 * @param recordedAt    when (set by the server)
 */
public record WarningDisposition(DispositionKind kind, String reason, LocalDate effectiveOn, String services,
        List<String> enrolmentIds, String disposedBy, Instant recordedAt) {
}
