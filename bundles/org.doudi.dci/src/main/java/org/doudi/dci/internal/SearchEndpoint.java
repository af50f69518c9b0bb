package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.Executor;
import javax.ws.rs.core.Response;
import org.doudi.api.DoudiClock;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DCI social-registry search: the synchronous form answers with the on-search envelope at once; the asynchronous
 * form acknowledges (ACK with a correlation id), searches on a worker thread and queues the on-search envelope for
 * the sender's {@code sender_uri} in the {@link Outbox}. Both keep the transaction for the status endpoints.
 */
final class SearchEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SearchEndpoint.class);

    private final HouseholdService households;
    private final ProgramRecordStore store;
    private final DoudiClock clock;
    private final Outbox outbox;
    private final Executor workers;

    SearchEndpoint(HouseholdService households, ProgramRecordStore store, DoudiClock clock, Outbox outbox,
            Executor workers) {
        this.households = households;
        this.store = store;
        this.clock = clock;
        this.outbox = outbox;
        this.workers = workers;
    }

    Response sync(String body, Caller caller) {
        Instant now = clock.now();
        Envelope[] request = new Envelope[1];
        return Exchange.sync(now, "on-search", request, () -> {
            Envelope e = EnvelopeReader.read(body, "search");
            request[0] = e;
            TxnStore txns = new TxnStore(store);
            txns.requireNewMessage(e);
            String correlationId = Replies.newId();
            ObjectNode response = new RegistrySearch(households).respond(e, correlationId, caller, clock.today(),
                    now);
            txns.create(caller.name(), e, "search", correlationId, TxnStore.SUCCEEDED, response);
            return Replies.json(200, Replies.envelope(answerHeader(e, response, now), response));
        });
    }

    Response async(String body, Caller caller) {
        Instant now = clock.now();
        return Exchange.async(now, () -> {
            Envelope e = EnvelopeReader.read(body, "search");
            String uri = EnvelopeReader.callbackUri(e.senderUri());
            if (!e.message().path("search_request").isArray() || e.message().path("search_request").isEmpty()) {
                throw DciRejection.badRequest("message.search_request must be a non-empty list");
            }
            TxnStore txns = new TxnStore(store);
            txns.requireNewMessage(e);
            String correlationId = Replies.newId();
            ProgramRecord txn = txns.create(caller.name(), e, "search", correlationId, TxnStore.PENDING,
                    RegistrySearch.pending(e, correlationId, now));
            workers.execute(() -> answer(e, uri, txn, correlationId, caller));
            return Replies.ack(correlationId, now);
        });
    }

    private void answer(Envelope e, String uri, ProgramRecord txn, String correlationId, Caller caller) {
        try {
            Instant at = clock.now();
            ObjectNode response = new RegistrySearch(households).respond(e, correlationId, caller, clock.today(), at);
            new TxnStore(store).complete(txn, TxnStore.SUCCEEDED, response, caller.name());
            outbox.enqueue(uri, Replies.envelope(answerHeader(e, response, at), response),
                    TxnStore.key("on-search", correlationId), "DCI on-search for transaction " + e.transactionId());
        } catch (RuntimeException ex) {
            LOG.error("DCI search {} not answered; its status stays pending", correlationId, ex);
        }
    }

    private static ObjectNode answerHeader(Envelope e, ObjectNode response, Instant now) {
        int items = response.path("search_response").size();
        return Replies.callbackHeader(e, "on-search", "succ", now).put("total_count", items)
                .put("completed_count", items);
    }
}
