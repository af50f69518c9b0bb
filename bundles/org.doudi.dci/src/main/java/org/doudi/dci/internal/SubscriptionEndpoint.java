package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.Response;
import org.doudi.api.DoudiClock;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;

/**
 * {@code registry/subscribe} and {@code registry/unsubscribe}: both acknowledge at once (ACK with a correlation
 * id), act, keep the transaction, and queue the on-subscribe / on-unsubscribe envelope for {@code sender_uri}.
 * Notifications go to {@code header.meta.notify_uri} when given, else to {@code sender_uri} with a trailing
 * {@code /on-subscribe} replaced by {@code /notify}, else to {@code sender_uri} itself.
 */
final class SubscriptionEndpoint {
    private final ProgramRecordStore store;
    private final DoudiClock clock;
    private final Outbox outbox;

    SubscriptionEndpoint(ProgramRecordStore store, DoudiClock clock, Outbox outbox) {
        this.store = store;
        this.clock = clock;
        this.outbox = outbox;
    }

    Response subscribe(String body, Caller caller) {
        Instant now = clock.now();
        return Exchange.async(now, () -> {
            Envelope e = EnvelopeReader.read(body, "subscribe");
            String uri = EnvelopeReader.callbackUri(e.senderUri());
            String notifyUri = EnvelopeReader.callbackUri(notifyUri(e));
            JsonNode items = e.message().get("subscribe_request");
            if (items == null || !items.isArray() || items.isEmpty()) {
                throw DciRejection.badRequest("message.subscribe_request must be a non-empty list");
            }
            TxnStore txns = new TxnStore(store);
            String correlationId = Replies.newId();
            ObjectNode response = DciJson.object().put("transaction_id", e.transactionId())
                    .put("correlation_id", correlationId);
            ArrayNode out = response.putArray("subscribe_response");
            Subscriptions subscriptions = new Subscriptions(store);
            List<ProgramRecord> created = new ArrayList<>();
            try {
                for (JsonNode item : items) {
                    subscribeOne(item, caller, e, notifyUri, correlationId, now, subscriptions, created,
                            out.addObject());
                }
                txns.create(caller.name(), e, "subscribe", correlationId, TxnStore.SUCCEEDED, response);
            } catch (RuntimeException failure) {
                endAll(subscriptions, created, caller, failure);
                throw failure;
            }
            ObjectNode header = Replies.callbackHeader(e, "on-subscribe", "succ", now).put("total_count", items.size())
                    .put("completed_count", items.size());
            outbox.enqueue(uri, Replies.envelope(header, response), TxnStore.key("on-subscribe", correlationId),
                    "DCI on-subscribe for transaction " + e.transactionId());
            return Replies.ack(correlationId, now);
        });
    }

    private static void subscribeOne(JsonNode item, Caller caller, Envelope e, String notifyUri, String correlationId,
            Instant now, Subscriptions subscriptions, List<ProgramRecord> created, ObjectNode result) {
        result.put("reference_id", SearchItem.referenceOf(item)).put("timestamp", DciJson.timestamp(now));
        try {
            SubscriptionItem s = SubscriptionItem.read(item, RecordViews.partnerOnly(caller), caller.seesFullIdNumbers());
            ProgramRecord r = subscriptions.create(caller, e, s, notifyUri, correlationId, DciJson.timestamp(now));
            created.add(r);
            result.put("status", "succ");
            ObjectNode info = result.putArray("subscriptions").addObject().put("version", "1.0.0")
                    .put("code", r.id()).put("subscription_code", r.id()).put("status", Subscriptions.ACTIVE)
                    .put("timestamp", DciJson.timestamp(now)).put("reg_type", RegistrySearch.REG_TYPE)
                    .put("reg_event_type", s.eventType()).put("filter_type", s.filterType())
                    .put("notify_record_type", s.recordType());
            info.putObject("subscribe_criteria").put("reg_event_type", s.eventType())
                    .put("filter_type", s.filterType()).put("notify_record_type", s.recordType());
        } catch (CriteriaRejection r) {
            result.put("status", "rjct").put("status_reason_code", r.reasonCode)
                    .put("status_reason_message", Replies.clip(r.getMessage()));
        }
    }

    /**
     * Ends the subscriptions a failed subscribe request created before it failed (their codes were never told),
     * so none stays active unknown to the partner.
     */
    static void endAll(Subscriptions subscriptions, List<ProgramRecord> created, Caller caller, RuntimeException why) {
        for (ProgramRecord r : created) {
            try {
                subscriptions.end(r, caller.name(), "the subscribe request failed");
            } catch (RuntimeException e) {
                why.addSuppressed(e);
            }
        }
    }

    Response unsubscribe(String body, Caller caller) {
        Instant now = clock.now();
        return Exchange.async(now, () -> {
            Envelope e = EnvelopeReader.read(body, "unsubscribe");
            String uri = EnvelopeReader.callbackUri(e.senderUri());
            JsonNode codes = e.message().has("subscription_codes") ? e.message().get("subscription_codes")
                    : e.message().get("sunscription_codes");
            if (codes == null || !codes.isArray() || codes.isEmpty()) {
                throw DciRejection.badRequest("message.subscription_codes must be a non-empty list");
            }
            TxnStore txns = new TxnStore(store);
            String correlationId = Replies.newId();
            ObjectNode response = unsubscribeAll(codes, caller, e.transactionId(), correlationId, now);
            txns.create(caller.name(), e, "unsubscribe", correlationId, TxnStore.SUCCEEDED, response);
            ObjectNode header = Replies.callbackHeader(e, "on-unsubscribe", "succ", now)
                    .put("total_count", codes.size()).put("completed_count", codes.size());
            outbox.enqueue(uri, Replies.envelope(header, response), TxnStore.key("on-unsubscribe", correlationId),
                    "DCI on-unsubscribe for transaction " + e.transactionId());
            return Replies.ack(correlationId, now);
        });
    }

    /** Ends the caller's subscriptions, all or none: an unknown or foreign code refuses the whole request. */
    private ObjectNode unsubscribeAll(JsonNode codes, Caller caller, String transactionId, String correlationId,
            Instant now) {
        Subscriptions subscriptions = new Subscriptions(store);
        ObjectNode response = DciJson.object().put("transaction_id", transactionId)
                .put("correlation_id", correlationId).put("timestamp", DciJson.timestamp(now));
        List<ProgramRecord> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (JsonNode c : codes) {
            ProgramRecord r = c.isTextual() ? subscriptions.get(c.asText()).filter(s -> owns(s, caller)).orElse(null)
                    : null;
            if (r == null) {
                unknown.add(c.asText());
            } else {
                found.add(r);
            }
        }
        if (!unknown.isEmpty()) {
            return response.put("status", "rjct").put("status_reason_code", "rjct.subscription_code.invalid")
                    .put("status_reason_message", Replies.clip("unknown subscription codes: "
                            + String.join(", ", unknown)));
        }
        if (found.stream().allMatch(r -> Subscriptions.ENDED.equals(r.status()))) {
            return response.put("status", "rjct").put("status_reason_code", "rjct.event.already_unsubscribed")
                    .put("status_reason_message", "every subscription named was already ended");
        }
        ArrayNode statuses = response.put("status", "succ").putArray("subscription_status");
        for (ProgramRecord r : found) {
            if (Subscriptions.ACTIVE.equals(r.status())) {
                subscriptions.end(r, caller.name());
            }
            statuses.addObject().put("code", r.id()).put("status", Subscriptions.ENDED);
        }
        return response;
    }

    private static boolean owns(ProgramRecord subscription, Caller caller) {
        String owner = DciJson.parse(subscription.body()).path("caller").path("name").asText();
        return owner.equals(caller.name()) || caller.hasRole(Roles.DISTRICT_ADMIN);
    }

    private static String notifyUri(Envelope e) {
        String explicit = e.meta("notify_uri");
        if (explicit != null) {
            return explicit;
        }
        String sender = e.senderUri();
        return sender != null && sender.endsWith("/on-subscribe")
                ? sender.substring(0, sender.length() - "/on-subscribe".length()) + "/notify" : sender;
    }
}
