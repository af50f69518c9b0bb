package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
 * the sender's {@code sender_uri} (an origin configured for the caller, see {@link CallbackPolicy}) in the
 * {@link Outbox}. Both keep the transaction, with a summary of the answer, for the status endpoints; an
 * asynchronous search that cannot be answered is marked rejected, never left pending.
 */
final class SearchEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SearchEndpoint.class);

    private final HouseholdService households;
    private final ProgramRecordStore store;
    private final DoudiClock clock;
    private final Outbox outbox;
    private final Executor workers;
    private final CallbackPolicy callbacks;

    SearchEndpoint(HouseholdService households, ProgramRecordStore store, DoudiClock clock, Outbox outbox,
            Executor workers, CallbackPolicy callbacks) {
        this.households = households;
        this.store = store;
        this.clock = clock;
        this.outbox = outbox;
        this.workers = workers;
        this.callbacks = callbacks;
    }

    Response sync(String body, Caller caller) {
        Instant now = clock.now();
        Envelope[] request = new Envelope[1];
        return Exchange.sync(now, "on-search", request, () -> {
            Envelope e = EnvelopeReader.read(body, "search");
            request[0] = e;
            EnvelopeReader.items(e, "search_request");
            TxnStore txns = new TxnStore(store);
            txns.requireNewMessage(e, caller.name());
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
            String uri = callbacks.check(EnvelopeReader.callbackUri(e.senderUri()), caller.name(),
                    "header.sender_uri");
            EnvelopeReader.items(e, "search_request");
            TxnStore txns = new TxnStore(store);
            txns.requireNewMessage(e, caller.name());
            String correlationId = Replies.newId();
            ProgramRecord txn = txns.create(caller.name(), e, "search", correlationId, TxnStore.PENDING,
                    RegistrySearch.pending(e, correlationId, now));
            try {
                workers.execute(() -> answer(e, uri, txn, correlationId, caller));
            } catch (RejectedExecutionException busy) {
                fail(txn, correlationId, caller, "the registry was too busy to run the search; send it again later");
                throw new DciRejection("err.service.unavailable", null, 503, "the registry is running too many "
                        + "asynchronous searches; send the request again later with a new message_id");
            }
            return Replies.ack(correlationId, now);
        });
    }

    private void answer(Envelope e, String uri, ProgramRecord txn, String correlationId, Caller caller) {
        ObjectNode response;
        Instant at;
        try {
            at = clock.now();
            response = new RegistrySearch(households).respond(e, correlationId, caller, clock.today(), at);
            new TxnStore(store).complete(txn, TxnStore.SUCCEEDED, response, caller.name());
        } catch (RuntimeException ex) {
            LOG.error("DCI search {} could not be answered; its transaction is marked rejected", correlationId, ex);
            fail(txn, correlationId, caller, "the registry could not complete the search");
            return;
        }
        try {
            outbox.enqueue(uri, Replies.envelope(answerHeader(e, response, at), response),
                    TxnStore.key("on-search", correlationId), "DCI on-search for transaction " + e.transactionId());
        } catch (RuntimeException ex) {
            LOG.error("DCI on-search {} could not be queued for its sender", correlationId, ex);
        }
    }

    private void fail(ProgramRecord txn, String correlationId, Caller caller, String reason) {
        try {
            new TxnStore(store).fail(txn, reason, caller.name());
        } catch (RuntimeException ex) {
            LOG.error("DCI search {} could not be marked rejected", correlationId, ex);
        }
    }

    private static ObjectNode answerHeader(Envelope e, ObjectNode response, Instant now) {
        int items = response.path("search_response").size();
        return Replies.callbackHeader(e, "on-search", "succ", now).put("total_count", items)
                .put("completed_count", items);
    }
}
