package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doudi.api.Digests;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordQuery;

/**
 * The DCI transactions (a search, subscribe or unsubscribe request and its answer), kept in the core's record
 * store under program {@code dci}, kind {@code transaction}: found again by transaction id, correlation id or
 * reference id for the transaction-status endpoints, and by message id to refuse a repeated message (per
 * account: the caller's name, never the sender_id it claims). Lookup keys are hashes, so no ID number or partner
 * text lands in an index. A transaction keeps a summary of its answer (each item's status, reason and counts,
 * never the records found), so it stays well within the record store's body limit.
 */
final class TxnStore {
    static final String PROGRAM = "dci";
    static final String KIND = "transaction";
    static final String PENDING = "pdng";
    static final String SUCCEEDED = "succ";
    static final String FAILED = "rjct";
    /** Reference ids of one transaction kept as lookup keys (the store takes 100 keys at most). */
    static final int MAX_REFERENCE_KEYS = 20;
    /** Items of an answer kept in the summary. */
    static final int MAX_SUMMARY_ITEMS = 20;
    /** A summary longer than this (characters of JSON) keeps only each item's reference, timestamp and status. */
    static final int MAX_SUMMARY_CHARS = 64 * 1024;

    private final ProgramRecordStore store;

    TxnStore(ProgramRecordStore store) {
        this.store = store;
    }

    static String key(String kind, String... parts) {
        return kind + ":" + Digests.sha256(String.join("\u001f", parts));
    }

    /** Refuses a message id this account ({@code caller}, the authenticated name) already used. */
    void requireNewMessage(Envelope request, String caller) {
        if (byKey(messageKey(caller, request)).isPresent()) {
            throw duplicate(request);
        }
    }

    private static String messageKey(String caller, Envelope request) {
        return key("caller-msg", caller, request.messageId());
    }

    private static DciRejection duplicate(Envelope request) {
        return DciRejection.header("rjct.message_id.duplicate", "message_id " + request.messageId()
                + " was already received from this account");
    }

    /** Stores a transaction with its answer so far (the pending answer of an asynchronous request). */
    ProgramRecord create(String actor, Envelope request, String txnType, String correlationId, String status,
            JsonNode response) {
        List<String> keys = new ArrayList<>();
        keys.add(messageKey(actor, request));
        keys.add(key("txn", request.senderId(), request.transactionId()));
        keys.add(key("corr", correlationId));
        references(request).stream().distinct().limit(MAX_REFERENCE_KEYS)
                .forEach(ref -> keys.add(key("ref", request.senderId(), ref)));
        ObjectNode body = DciJson.object().put("txn_type", txnType).put("caller", actor)
                .put("sender_id", request.senderId()).put("correlation_id", correlationId);
        body.set("response", summary(response));
        String messageKey = keys.get(0);
        try {
            return store.create(PROGRAM, draft(status, keys, body), existing -> {
                if (!existing.find(RecordQuery.ofKind(KIND).withKey(messageKey)).isEmpty()) {
                    throw DoudiException.conflict("duplicate message");
                }
            }, "DCI_" + txnType.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_RECEIVED",
                    WriteContext.of(actor, "DCI " + txnType + " transaction " + request.transactionId()));
        } catch (DoudiException e) {
            if (e.status() == 409) {
                throw duplicate(request);
            }
            throw e;
        }
    }

    /** Records the final answer of a transaction (its summary). */
    ProgramRecord complete(ProgramRecord txn, String status, JsonNode response, String actor) {
        ObjectNode body = (ObjectNode) DciJson.parse(txn.body());
        body.set("response", summary(response));
        return store.update(PROGRAM, txn.id(), txn.version(), draft(status, txn.keys(), body), existing -> { },
                "DCI_TRANSACTION_COMPLETED", WriteContext.of(actor, "DCI transaction answered"));
    }

    /**
     * Marks a transaction that could not be answered as rejected: each item of its stored answer gets status
     * {@code rjct} and {@code reason}.
     */
    ProgramRecord fail(ProgramRecord txn, String reason, String actor) {
        ObjectNode body = (ObjectNode) DciJson.parse(txn.body());
        JsonNode response = body.get("response");
        if (response instanceof ObjectNode r) {
            for (String field : List.of("search_response", "subscribe_response")) {
                r.path(field).forEach(item -> ((ObjectNode) item).put("status", FAILED)
                        .put("status_reason_message", Replies.clip(reason)));
            }
        }
        return store.update(PROGRAM, txn.id(), txn.version(), draft(FAILED, txn.keys(), body), existing -> { },
                "DCI_TRANSACTION_FAILED", WriteContext.of(actor, "DCI transaction not answered: " + reason));
    }

    /**
     * What a transaction keeps of an answer: the answer without the records found ({@code data}) and at most
     * {@link #MAX_SUMMARY_ITEMS} items; if that is still longer than {@link #MAX_SUMMARY_CHARS}, each item's
     * reference id, timestamp and status only.
     */
    static JsonNode summary(JsonNode response) {
        if (!(response instanceof ObjectNode)) {
            return response;
        }
        ObjectNode s = ((ObjectNode) response).deepCopy();
        for (String field : List.of("search_response", "subscribe_response")) {
            JsonNode items = s.get(field);
            if (items != null && items.isArray()) {
                ArrayNode kept = DciJson.object().arrayNode();
                for (int i = 0; i < items.size() && i < MAX_SUMMARY_ITEMS; i++) {
                    JsonNode item = items.get(i);
                    if (item instanceof ObjectNode o) {
                        o.remove("data");
                        if (o.has("status_reason_message")) {
                            o.put("status_reason_message", Replies.clip(o.get("status_reason_message").asText()));
                        }
                    }
                    kept.add(item);
                }
                s.set(field, kept);
            }
        }
        if (DciJson.write(s).length() <= MAX_SUMMARY_CHARS) {
            return s;
        }
        ObjectNode minimal = DciJson.object();
        for (String field : List.of("transaction_id", "correlation_id", "timestamp", "status")) {
            if (s.get(field) != null && s.get(field).isValueNode()) {
                minimal.set(field, s.get(field));
            }
        }
        for (String field : List.of("search_response", "subscribe_response")) {
            JsonNode items = s.get(field);
            if (items != null && items.isArray()) {
                ArrayNode kept = minimal.putArray(field);
                items.forEach(item -> {
                    ObjectNode k = kept.addObject();
                    for (String f : List.of("reference_id", "timestamp", "status")) {
                        if (item.get(f) != null && item.get(f).isValueNode()) {
                            k.set(f, item.get(f));
                        }
                    }
                });
            }
        }
        return minimal;
    }

    /** The transactions carrying {@code key}, oldest first. */
    List<ProgramRecord> all(String key) {
        return store.find(PROGRAM, RecordQuery.ofKind(KIND).withKey(key)).items();
    }

    Optional<ProgramRecord> byKey(String key) {
        List<ProgramRecord> found = all(key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    private static List<String> references(Envelope request) {
        List<String> refs = new ArrayList<>();
        for (String field : List.of("search_request", "subscribe_request")) {
            request.message().path(field).forEach(item -> {
                String ref = DciJson.text(item, "reference_id");
                if (ref != null && !ref.isBlank()) {
                    refs.add(ref);
                }
            });
        }
        return refs;
    }

    private static RecordDraft draft(String status, List<String> keys, JsonNode body) {
        return new RecordDraft(KIND, null, null, status, null, null, null, keys, DciJson.write(body));
    }
}
