package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
 * reference id for the transaction-status endpoints, and by message id to refuse a repeated message. Lookup keys
 * are hashes, so no ID number or partner text lands in an index.
 */
final class TxnStore {
    static final String PROGRAM = "dci";
    static final String KIND = "transaction";
    static final String PENDING = "pdng";
    static final String SUCCEEDED = "succ";

    private final ProgramRecordStore store;

    TxnStore(ProgramRecordStore store) {
        this.store = store;
    }

    static String key(String kind, String... parts) {
        return kind + ":" + Digests.sha256(String.join("\u001f", parts));
    }

    /** Refuses a message id this sender already used. */
    void requireNewMessage(Envelope request) {
        if (byKey(key("msg", request.senderId(), request.messageId())).isPresent()) {
            throw DciRejection.header("rjct.message_id.duplicate", "message_id " + request.messageId()
                    + " was already received from " + request.senderId());
        }
    }

    /** Stores a transaction with its answer so far (the pending answer of an asynchronous request). */
    ProgramRecord create(String actor, Envelope request, String txnType, String correlationId, String status,
            JsonNode response) {
        List<String> keys = new ArrayList<>();
        keys.add(key("msg", request.senderId(), request.messageId()));
        keys.add(key("txn", request.senderId(), request.transactionId()));
        keys.add(key("corr", correlationId));
        for (String ref : references(request)) {
            keys.add(key("ref", request.senderId(), ref));
        }
        ObjectNode body = DciJson.object().put("txn_type", txnType).put("caller", actor)
                .put("sender_id", request.senderId()).put("correlation_id", correlationId);
        body.set("response", response);
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
                throw DciRejection.header("rjct.message_id.duplicate", "message_id " + request.messageId()
                        + " was already received from " + request.senderId());
            }
            throw e;
        }
    }

    /** Records the final answer of a transaction. */
    ProgramRecord complete(ProgramRecord txn, String status, JsonNode response, String actor) {
        ObjectNode body = (ObjectNode) DciJson.parse(txn.body());
        body.set("response", response);
        return store.update(PROGRAM, txn.id(), txn.version(), draft(status, txn.keys(), body), existing -> { },
                "DCI_TRANSACTION_COMPLETED", WriteContext.of(actor, "DCI transaction answered"));
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
