package org.doudi.dci.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;

/**
 * Something subscribers may hear of, read from one audit entry.
 *
 * @param auditId     the audit entry it comes from (its reference in the notification)
 * @param at          when it happened
 * @param eventType   one of {@link SubscriptionItem#EVENTS}
 * @param household   the household concerned, as it is now
 * @param member      the person concerned, or null for the whole household
 * @param enrolment   the enrolment as of the event, for an enrolment status change, else null
 * @param deathStatus for a death: {@code reported} (a feed) or {@code confirmed} (membership ended), else null
 * @param deathDate   for a death: the day of death, else null
 */
record RegistryEvent(long auditId, Instant at, String eventType, Household household, Member member,
        Enrolment enrolment, String deathStatus, LocalDate deathDate) {
}
