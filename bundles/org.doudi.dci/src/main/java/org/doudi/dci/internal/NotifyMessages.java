package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.api.registry.Member;
import org.doudi.api.security.Caller;

/**
 * Decides whether a subscription hears of an event (its event type, created before the event, within the
 * subscriber's street, its filter matching the person or the household) and builds the notify envelope
 * (MsgCallbackHeader + NotifyEventRequest, one notify_event per record) as the subscriber may see it.
 */
final class NotifyMessages {

    private NotifyMessages() {
    }

    static boolean matches(JsonNode subscription, RegistryEvent ev, LocalDate today) {
        if (!ev.eventType().equals(subscription.path("reg_event_type").asText())) {
            return false;
        }
        Instant created = OffsetDateTime.parse(subscription.path("created_at").asText()).toInstant();
        if (ev.at().isBefore(created.minusMillis(1))) {
            return false;
        }
        Caller subscriber = Subscriptions.subscriber(subscription);
        if (!subscriber.maySee(ev.household().street())) {
            return false;
        }
        Filter filter = new QueryParser(SubscriptionItem.INVALID).parse(subscription.path("filter_type").asText(),
                subscription.get("filter")).filter();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (ev.member() != null) {
            rows.add(Rows.member(ev.household(), ev.member(), today));
        } else {
            rows.addAll(Rows.of(ev.household(), today));
        }
        if (ev.enrolment() != null) {
            rows.forEach(r -> r.put("enrolment_status", ev.enrolment().beneficiaryStatus()));
        }
        return rows.stream().anyMatch(filter::test);
    }

    static ObjectNode envelope(JsonNode subscription, RegistryEvent ev, LocalDate today, Instant now) {
        Caller subscriber = Subscriptions.subscriber(subscription);
        RecordViews views = new RecordViews(subscriber);
        String type = subscription.path("notify_record_type").asText();
        List<ObjectNode> records = new ArrayList<>();
        String recordType = type;
        if (type.equals(RecordViews.BENEFICIARY) && ev.enrolment() != null) {
            records.add(views.beneficiary(ev.enrolment(), ev.household(), today));
        } else if (type.equals(RecordViews.MEMBER)) {
            List<Member> members = ev.member() != null ? List.of(ev.member())
                    : ev.household().members() == null ? List.of() : ev.household().members();
            members.forEach(m -> records.add(views.member(ev.household(), m)));
        } else {
            recordType = RecordViews.GROUP;
            records.add(views.group(ev.household(), today));
        }
        ObjectNode message = DciJson.object().put("transaction_id", subscription.path("transaction_id").asText());
        ArrayNode events = message.putArray("notify_event");
        int n = 0;
        for (ObjectNode record : records) {
            if (ev.deathStatus() != null) {
                death(record, ev);
            }
            if (ev.enrolment() != null && !recordType.equals(RecordViews.BENEFICIARY)) {
                ArrayNode extra = (ArrayNode) record.withArray("additional_attributes");
                extra.addObject().put("name", "enrolment_status").put("value", ev.enrolment().beneficiaryStatus());
                extra.addObject().put("name", "programme").put("value", ev.enrolment().programId());
            }
            ObjectNode item = events.addObject().put("reference_id", ev.reference() + "-" + (++n))
                    .put("timestamp", DciJson.timestamp(ev.at()));
            ObjectNode data = item.putObject("data").put("version", "1.0.0").put("reg_type", RegistrySearch.REG_TYPE)
                    .put("reg_event_type", ev.eventType()).put("reg_record_type", recordType);
            data.set("reg_records", record);
        }
        ObjectNode header = Replies.callbackHeader(null, "notify", "succ", now).put("total_count", records.size())
                .put("completed_count", records.size()).put("receiver_id", subscription.path("sender_id").asText());
        header.putObject("meta").put("subscription_code", subscription.path("code").asText());
        return Replies.envelope(header, message);
    }

    private static void death(ObjectNode record, RegistryEvent ev) {
        JsonNode person = record.get("demographic_info");
        if (person instanceof ObjectNode p && ev.deathDate() != null) {
            p.put("death_date", ev.deathDate().toString());
        }
        ArrayNode extra = (ArrayNode) record.withArray("additional_attributes");
        extra.addObject().put("name", "death_status").put("value", ev.deathStatus());
        if (ev.deathDate() != null) {
            extra.addObject().put("name", "death_date").put("value", ev.deathDate().toString());
        }
        extra.addObject().put("name", "person_id").put("value", ev.member() == null ? null : ev.member().personId());
    }
}
