package org.doudi.dci.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;

/**
 * Something subscribers may hear of, read from one audit entry or one death warning.
 *
 * @param reference   where it comes from, the prefix of its {@code reference_id}s: the audit entry's id, or
 *                    {@code warning-<id>} for a death reported by a feed
 * @param warningId   for a death reported by a feed: the warning that reported it (one notice per warning and
 *                    subscription, however it was read), else null
 * @param at          when it happened
 * @param eventType   one of {@link SubscriptionItem#EVENTS}
 * @param household   the household concerned, as it is now
 * @param member      the person concerned, or null for the whole household
 * @param enrolment   the enrolment as of the event, for an enrolment status change, else null
 * @param deathStatus for a death: {@code reported} (a feed) or {@code confirmed} (membership ended), else null
 * @param deathDate   for a death: the day of death, else null
 */
record RegistryEvent(String reference, String warningId, Instant at, String eventType, Household household,
        Member member, Enrolment enrolment, String deathStatus, LocalDate deathDate) {

    /** An event read from the audit entry {@code auditId}. */
    RegistryEvent(long auditId, Instant at, String eventType, Household household, Member member,
            Enrolment enrolment, String deathStatus, LocalDate deathDate) {
        this(String.valueOf(auditId), null, at, eventType, household, member, enrolment, deathStatus, deathDate);
    }

    /**
     * The outbox key of this event's notice to {@code subscription}: a reported death is keyed by its warning alone,
     * so the warning reader and the audit entry of its suspension queue it once between them; any other event by its
     * audit entry, type and person.
     */
    String outboxKey(String subscription) {
        if (warningId != null) {
            return TxnStore.key("notify-death", warningId, subscription);
        }
        return TxnStore.key("notify", reference, subscription, eventType,
                member == null ? "" : String.valueOf(member.personId()));
    }
}
