package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.core.Response;
import org.doudi.api.DoudiClock;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;

/**
 * Transaction status ({@code registry/sync/txn/status} and {@code registry/txn/status}): finds a caller's own
 * earlier transaction by transaction_id, correlation_id, reference_id_list or subscription_code_list and answers
 * with its current answer (a search still running shows its items as {@code pdng}). A search answers in the
 * social-registry vocabulary (txn_type {@code search}), a subscription in the registry-core one
 * ({@code on-subscribe}, {@code on-unsubscribe}). Another caller's transaction does not exist (district
 * administrators and auditors see all).
 */
final class TxnStatusEndpoint {
    static final String ACTION = "txn-status";
    static final String ANSWER = "txn-on-status";
    private static final Map<String, String> TYPES = Map.of("search", "search", "subscribe", "subscribe",
            "subscibe", "subscribe", "unsubscribe", "unsubscribe");
    private static final Map<String, String> ANSWER_TYPES = Map.of("search", "search", "subscribe", "on-subscribe",
            "unsubscribe", "on-unsubscribe");

    private final ProgramRecordStore store;
    private final DoudiClock clock;
    private final Outbox outbox;
    private final CallbackPolicy callbacks;

    TxnStatusEndpoint(ProgramRecordStore store, DoudiClock clock, Outbox outbox, CallbackPolicy callbacks) {
        this.store = store;
        this.clock = clock;
        this.outbox = outbox;
        this.callbacks = callbacks;
    }

    Response sync(String body, Caller caller) {
        Instant now = clock.now();
        Envelope[] request = new Envelope[1];
        return Exchange.sync(now, ANSWER, request, () -> {
            Envelope e = EnvelopeReader.read(body, ACTION);
            request[0] = e;
            ObjectNode message = answer(e, caller);
            return Replies.json(200, Replies.envelope(header(e, now), message));
        });
    }

    Response async(String body, Caller caller) {
        Instant now = clock.now();
        return Exchange.async(now, () -> {
            Envelope e = EnvelopeReader.read(body, ACTION);
            String uri = callbacks.check(EnvelopeReader.callbackUri(e.senderUri()), caller.name(),
                    "header.sender_uri");
            ObjectNode message = answer(e, caller);
            String correlationId = message.get("correlation_id").asText();
            outbox.enqueue(uri, Replies.envelope(header(e, now), message), TxnStore.key("txn-on-status",
                    caller.name(), e.messageId()), "DCI txn on-status for transaction " + e.transactionId());
            return Replies.ack(correlationId, now);
        });
    }

    private static ObjectNode header(Envelope e, Instant now) {
        return Replies.callbackHeader(e, ANSWER, "succ", now).put("total_count", 1).put("completed_count", 1);
    }

    private ObjectNode answer(Envelope e, Caller caller) {
        JsonNode r = e.message().get("txnstatus_request");
        if (r == null || !r.isObject()) {
            throw DciRejection.badRequest("message.txnstatus_request is required");
        }
        String type = TYPES.get(String.valueOf(DciJson.text(r, "txn_type")));
        String attribute = DciJson.text(r, "attribute_type");
        JsonNode value = r.get("attribute_value");
        if (type == null || attribute == null || value == null || value.isNull()
                || DciJson.text(r, "reference_id") == null) {
            throw DciRejection.badRequest("txnstatus_request needs reference_id, txn_type (search, subscribe or "
                    + "unsubscribe), attribute_type and attribute_value");
        }
        ProgramRecord txn = find(e, caller, type, attribute, value).orElseThrow(() -> new DciRejection(
                "err.request.not_found", null, 404, "no " + type + " transaction of yours has that " + attribute));
        JsonNode stored = DciJson.parse(txn.body());
        ObjectNode message = DciJson.object().put("transaction_id", e.transactionId())
                .put("correlation_id", stored.path("correlation_id").asText());
        ObjectNode status = message.putObject("txnstatus_response").put("txn_type", ANSWER_TYPES.get(type));
        status.set("txn_status", stored.get("response"));
        return message;
    }

    private Optional<ProgramRecord> find(Envelope e, Caller caller, String type, String attribute, JsonNode value) {
        TxnStore txns = new TxnStore(store);
        String key;
        switch (attribute) {
            case "transaction_id":
                key = TxnStore.key("txn", e.senderId(), value.asText());
                break;
            case "correlation_id":
                key = TxnStore.key("corr", value.asText());
                break;
            case "reference_id_list":
                key = TxnStore.key("ref", e.senderId(), first(value));
                break;
            case "subscription_code_list":
                Optional<ProgramRecord> sub = new Subscriptions(store).get(first(value));
                if (sub.isEmpty()) {
                    return Optional.empty();
                }
                key = TxnStore.key("corr", DciJson.parse(sub.get().body()).path("correlation_id").asText());
                break;
            default:
                throw DciRejection.badRequest("attribute_type must be transaction_id, reference_id_list, "
                        + "correlation_id or subscription_code_list");
        }
        List<ProgramRecord> found = txns.all(key).stream().filter(t -> {
            JsonNode b = DciJson.parse(t.body());
            return type.equals(b.path("txn_type").asText()) && (caller.name().equals(b.path("caller").asText())
                    || caller.hasRole(Roles.DISTRICT_ADMIN) || caller.hasRole(Roles.AUDITOR));
        }).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    private static String first(JsonNode list) {
        if (!list.isArray() || list.isEmpty() || !list.get(0).isTextual()) {
            throw DciRejection.badRequest("attribute_value must be a non-empty list of strings");
        }
        return list.get(0).asText();
    }
}
