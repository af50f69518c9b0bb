package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.security.Caller;

/**
 * The subscriptions, kept in the core's record store (program {@code dci}, kind {@code subscription}; the record
 * id is the subscription code, the status {@code subscribe} or {@code unsubscribe}). Each keeps the subscriber as
 * it was authenticated (name, roles, street); the notifier looks the user up again before notifying
 * ({@link Subscribers}), so notifications show only what that user may read now.
 */
final class Subscriptions {
    static final String KIND = "subscription";
    static final String ACTIVE = "subscribe";
    static final String ENDED = "unsubscribe";

    private final ProgramRecordStore store;

    Subscriptions(ProgramRecordStore store) {
        this.store = store;
    }

    Optional<ProgramRecord> get(String code) {
        try {
            return store.get(TxnStore.PROGRAM, code).filter(r -> KIND.equals(r.kind()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    ProgramRecord create(Caller caller, Envelope e, SubscriptionItem item, String notifyUri, String correlationId,
            String at) {
        ObjectNode body = DciJson.object();
        ObjectNode who = body.putObject("caller").put("name", caller.name()).put("street", caller.street());
        ArrayNode roles = who.putArray("roles");
        caller.roles().forEach(roles::add);
        body.put("sender_id", e.senderId()).put("notify_uri", notifyUri).put("reg_event_type", item.eventType())
                .put("filter_type", item.filterType()).put("notify_record_type", item.recordType())
                .put("created_at", at).put("correlation_id", correlationId).put("transaction_id", e.transactionId())
                .put("reference_id", item.referenceId());
        body.set("filter", item.filter());
        return store.create(TxnStore.PROGRAM, draft(ACTIVE, caller.name(), body), existing -> { }, "DCI_SUBSCRIBED",
                WriteContext.of(caller.name(), "DCI subscription to " + item.eventType()));
    }

    ProgramRecord end(ProgramRecord r, String actor) {
        return store.update(TxnStore.PROGRAM, r.id(), r.version(), new RecordDraft(KIND, null, null, ENDED, null,
                null, null, r.keys(), r.body()), existing -> { }, "DCI_UNSUBSCRIBED",
                WriteContext.of(actor, "DCI unsubscribe"));
    }

    /** Ends a subscription the registry itself ends ({@code reason} kept in it as {@code ended_reason}). */
    ProgramRecord end(ProgramRecord r, String actor, String reason) {
        ObjectNode body = (ObjectNode) DciJson.parse(r.body());
        body.put("ended_reason", reason);
        return store.update(TxnStore.PROGRAM, r.id(), r.version(), new RecordDraft(KIND, null, null, ENDED, null,
                null, null, r.keys(), DciJson.write(body)), existing -> { }, "DCI_UNSUBSCRIBED",
                WriteContext.of(actor, "DCI subscription ended: " + reason));
    }

    /**
     * The subscription's body as the notifier uses it: with its {@code code} and the subscriber as it is now
     * ({@code caller}), so scoping and masking follow the user's present role and street.
     */
    static ObjectNode withSubscriber(ProgramRecord r, Caller now) {
        ObjectNode body = (ObjectNode) DciJson.parse(r.body());
        body.put("code", r.id());
        ObjectNode who = body.putObject("caller").put("name", now.name()).put("street", now.street());
        ArrayNode roles = who.putArray("roles");
        now.roles().forEach(roles::add);
        return body;
    }

    /** Every active subscription. */
    List<ProgramRecord> active() {
        List<ProgramRecord> out = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<ProgramRecord> p = store.find(TxnStore.PROGRAM, new RecordQuery(KIND, null, null, ACTIVE, null, null,
                    null, null, page, 1000));
            out.addAll(p.items());
            if (p.items().isEmpty() || out.size() >= p.total()) {
                return out;
            }
        }
    }

    /** The subscriber named in {@code body} (as it subscribed, or as {@link #withSubscriber} put it). */
    static Caller subscriber(JsonNode body) {
        JsonNode who = body.path("caller");
        Set<String> roles = new HashSet<>();
        who.path("roles").forEach(r -> roles.add(r.asText()));
        return new Caller(who.path("name").asText(), Set.copyOf(roles), DciJson.text(who, "street"));
    }

    private static RecordDraft draft(String status, String owner, JsonNode body) {
        return new RecordDraft(KIND, null, null, status, null, null, null, List.of(TxnStore.key("owner", owner)),
                DciJson.write(body));
    }
}
