package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every callback the registry owes a partner (on-search, on-subscribe, on-unsubscribe, txn on-status, notify):
 * stored first (record store, program {@code dci}, kind {@code callback}, status PENDING), then POSTed to the
 * partner's http(s) address until it answers 2xx, with growing pauses between attempts (2 s doubling up to 10
 * minutes); only then marked DELIVERED. A restart resumes whatever is still pending, so nothing is lost.
 */
@Component(service = Outbox.class, immediate = true)
public class Outbox {
    static final String KIND = "callback";
    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String ACTOR = "system:dci";
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final long FIRST_PAUSE_MS = 2_000;
    private static final long MAX_PAUSE_MS = 600_000;

    @Reference
    private ProgramRecordStore store;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, long[]> backoff = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    @Activate
    void activate() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "doudi-dci-outbox"));
        scheduler.scheduleWithFixedDelay(this::deliverDueSafely, 1, 2, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    /**
     * Queues a callback.
     *
     * @param uri      the partner's http(s) address
     * @param envelope the whole request body (header and message)
     * @param key      a key that makes the queuing idempotent (the same key is queued once), or null
     * @param what     what it is, for the audit trail
     * @return false when {@code key} was already queued
     */
    public boolean enqueue(String uri, ObjectNode envelope, String key, String what) {
        ObjectNode body = DciJson.object().put("uri", uri);
        body.set("envelope", envelope);
        RecordDraft draft = new RecordDraft(KIND, null, null, PENDING, null, null, null,
                key == null ? List.of() : List.of(key), DciJson.write(body));
        try {
            store.create(TxnStore.PROGRAM, draft, existing -> {
                if (key != null && !existing.find(RecordQuery.ofKind(KIND).withKey(key)).isEmpty()) {
                    throw DoudiException.conflict("already queued");
                }
            }, "DCI_CALLBACK_QUEUED", WriteContext.of(ACTOR, what));
        } catch (DoudiException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        }
        try {
            scheduler.execute(this::deliverDueSafely);
        } catch (RejectedExecutionException e) {
            LOG.debug("outbox stopping; the callback is delivered after the restart");
        }
        return true;
    }

    private void deliverDueSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("DCI callbacks not delivered this round: {}", e.toString());
        }
    }

    private void deliverDue() {
        RecordQuery pending = new RecordQuery(KIND, null, null, PENDING, null, null, null, null, 0, 200);
        long now = System.currentTimeMillis();
        for (ProgramRecord r : store.find(TxnStore.PROGRAM, pending).items()) {
            long[] state = backoff.get(r.id());
            if (state != null && state[1] > now) {
                continue;
            }
            if (post(r)) {
                backoff.remove(r.id());
                store.update(TxnStore.PROGRAM, r.id(), r.version(), new RecordDraft(KIND, null, null, DELIVERED, null,
                        null, null, r.keys(), r.body()), existing -> { }, "DCI_CALLBACK_DELIVERED",
                        WriteContext.of(ACTOR, "callback delivered"));
            } else {
                long attempts = state == null ? 1 : state[0] + 1;
                long pause = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS << Math.min(20, attempts - 1));
                backoff.put(r.id(), new long[] {attempts, now + pause});
            }
        }
    }

    private boolean post(ProgramRecord r) {
        JsonNode body = DciJson.parse(r.body());
        String uri = body.path("uri").asText();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(DciJson.write(body.get("envelope")))).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return true;
            }
            LOG.info("DCI callback {} to {} answered {}; retried later", r.id(), uri, status);
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.info("DCI callback {} to {} failed ({}); retried later", r.id(), uri, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
