package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doudi.api.Digests;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
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
 * stored first (record store, program {@code dci}, kind {@code callback}, status PENDING, the due date the day of
 * the next try), then POSTed to the partner's http(s) address until it answers 2xx, with growing pauses between
 * attempts (2 s doubling up to 10 minutes; the attempts and the exact next try are kept in the record); then marked
 * DELIVERED, its envelope replaced by its SHA-256 and size. A callback still undelivered after
 * {@code callbackGiveUpDays} (default 7), or whose address is refused ({@link CallbackGuard}: the server's own
 * networks, unless {@code allowPrivateCallbacks}), is marked FAILED with the reason. One delivery pass runs at a
 * time; it reads only due callbacks, page by page, continuing where the previous pass stopped, and sends with at
 * most {@value #SENDERS} at once; a destination that failed {@value DestinationCircuit#FAILURES} times in a row is skipped
 * for a while (its circuit is open). A restart resumes whatever is still pending, so nothing is lost.
 */
@Component(service = Outbox.class, immediate = true, configurationPid = "org.doudi.dci")
public class Outbox {
    static final String KIND = "callback";
    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";
    static final String ACTOR = "system:dci";
    static final int SENDERS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final long FIRST_PAUSE_MS = 2_000;
    private static final long MAX_PAUSE_MS = 600_000;
    private static final int PAGE = 200;
    /** At most this many pages of due callbacks per pass. */
    private static final int PAGES_PER_PASS = 5;
    /** At most this many callbacks of one destination per pass. */
    private static final int PER_DESTINATION = 50;

    @Reference
    ProgramRecordStore store;

    private final Map<String, DestinationCircuit> circuits = new ConcurrentHashMap<>();
    private final AtomicBoolean passing = new AtomicBoolean();
    private final AtomicBoolean passQueued = new AtomicBoolean();
    Clock clock = Clock.systemUTC();
    CallbackGuard.Resolver resolver = InetAddress::getAllByName;
    private volatile CallbackGuard guard = new CallbackGuard(false, InetAddress::getAllByName);
    private volatile Duration giveUpAfter = Duration.ofDays(7);
    private volatile HttpClient http;
    private ScheduledExecutorService scheduler;
    private ExecutorService senders;
    private ExecutorService httpThreads;
    /** The page of due callbacks the next pass starts with. */
    private int nextPage;

    @Activate
    void activate(Map<String, Object> properties) {
        open(properties);
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "doudi-dci-outbox"));
        scheduler.execute(this::dateUndated);
        scheduler.scheduleWithFixedDelay(this::deliverDueSafely, 1, 2, TimeUnit.SECONDS);
    }

    /** Reads the configuration and opens the HTTP client and the senders (no schedule: {@link #activate} adds it). */
    void open(Map<String, Object> properties) {
        configure(properties);
        httpThreads = Executors.newCachedThreadPool(r -> daemon(r, "doudi-dci-http"));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(httpThreads)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        senders = Executors.newFixedThreadPool(SENDERS, r -> daemon(r, "doudi-dci-sender"));
    }

    /** Reads {@code allowPrivateCallbacks} (default false) and {@code callbackGiveUpDays} (default 7). */
    void configure(Map<String, Object> properties) {
        Map<String, Object> p = properties == null ? Map.of() : properties;
        boolean allowPrivate = Boolean.parseBoolean(String.valueOf(p.getOrDefault("allowPrivateCallbacks", "false")));
        long days = 7;
        Object giveUp = p.get("callbackGiveUpDays");
        if (giveUp != null) {
            try {
                days = Math.max(1, Long.parseLong(String.valueOf(giveUp).trim()));
            } catch (NumberFormatException e) {
                LOG.warn("callbackGiveUpDays {} is not a number of days; 7 used", giveUp);
            }
        }
        giveUpAfter = Duration.ofDays(days);
        guard = new CallbackGuard(allowPrivate, resolver);
        if (allowPrivate) {
            LOG.warn("DCI callbacks to private, loopback and link-local addresses are allowed (allowPrivateCallbacks)");
        }
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        senders.shutdownNow();
        httpThreads.shutdownNow();
        http = null;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
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
        Instant now = clock.instant();
        ObjectNode body = DciJson.object().put("uri", uri).put("attempts", 0).put("next_try_at", now.toString());
        body.set("envelope", envelope);
        RecordDraft draft = new RecordDraft(KIND, null, null, PENDING, null, day(now), null,
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
        triggerPass();
        return true;
    }

    private void triggerPass() {
        if (scheduler == null || !passQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.execute(this::deliverDueSafely);
        } catch (RejectedExecutionException e) {
            passQueued.set(false);
            LOG.debug("outbox stopping; the callback is delivered after the restart");
        }
    }

    private void deliverDueSafely() {
        passQueued.set(false);
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("DCI callbacks not delivered this round: {}", e.toString());
        }
    }

    /** Gives the callbacks queued before due dates were kept a due date (today), so the due query finds them. */
    void dateUndated() {
        try {
            for (int page = 0;; page++) {
                Page<ProgramRecord> p = store.find(TxnStore.PROGRAM, new RecordQuery(KIND, null, null, PENDING, null,
                        null, null, null, page, PAGE));
                for (ProgramRecord r : p.items()) {
                    if (r.dueDate() == null) {
                        ObjectNode body = (ObjectNode) DciJson.parse(r.body());
                        write(r, PENDING, day(clock.instant()), body, "DCI_CALLBACK_RETRY", "callback given a due date");
                    }
                }
                if (p.items().size() < PAGE) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("DCI callbacks queued earlier not dated ({}); they are dated at the next start", e.toString());
        }
    }

    /**
     * One delivery pass (never two at once): the due callbacks, up to {@value #PAGES_PER_PASS} pages from where the
     * previous pass stopped, grouped by destination, each destination sent in order by one of the senders.
     */
    void deliverDue() {
        if (!passing.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            Map<String, List<ProgramRecord>> byDestination = new LinkedHashMap<>();
            int read = 0;
            for (int i = 0; i < PAGES_PER_PASS; i++) {
                Page<ProgramRecord> p = store.find(TxnStore.PROGRAM, new RecordQuery(KIND, null, null, PENDING, null,
                        null, null, day(now).plusDays(1), nextPage, PAGE));
                if (p.items().isEmpty()) {
                    nextPage = 0;
                    if (i > 0 || read > 0) {
                        break;
                    }
                    p = store.find(TxnStore.PROGRAM, new RecordQuery(KIND, null, null, PENDING, null, null, null,
                            day(now).plusDays(1), 0, PAGE));
                    if (p.items().isEmpty()) {
                        break;
                    }
                }
                read += p.items().size();
                for (ProgramRecord r : p.items()) {
                    JsonNode body = DciJson.parse(r.body());
                    if (!Instant.parse(body.path("next_try_at").asText(now.toString())).isAfter(now)) {
                        byDestination.computeIfAbsent(DestinationCircuit.destination(body.path("uri").asText()),
                                k -> new ArrayList<>())
                                .add(r);
                    }
                }
                nextPage++;
                if (p.items().size() < PAGE) {
                    nextPage = 0;
                    break;
                }
            }
            List<Callable<Void>> work = new ArrayList<>();
            byDestination.forEach((dest, records) -> work.add(() -> {
                deliver(dest, records.subList(0, Math.min(PER_DESTINATION, records.size())));
                return null;
            }));
            if (!work.isEmpty()) {
                senders.invokeAll(work);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            passing.set(false);
        }
    }

    /** Sends one destination's callbacks in order, stopping when its circuit opens. */
    void deliver(String destination, List<ProgramRecord> records) {
        for (ProgramRecord r : records) {
            DestinationCircuit c = circuits.get(destination);
            if (c != null && c.open(clock.instant())) {
                return;
            }
            try {
                attempt(destination, r);
            } catch (RuntimeException e) {
                LOG.warn("DCI callback {} not handled this round: {}", r.id(), e.toString());
            }
        }
    }

    private void attempt(String destination, ProgramRecord r) {
        ObjectNode body = (ObjectNode) DciJson.parse(r.body());
        String uri = body.path("uri").asText();
        Instant now = clock.instant();
        if (r.createdAt() != null && r.createdAt().plus(giveUpAfter).isBefore(now)) {
            LOG.error("DCI callback {} to {} given up: not delivered in {} days ({} attempts, last: {})", r.id(), uri,
                    giveUpAfter.toDays(), body.path("attempts").asLong(), body.path("last_error").asText("none"));
            fail(r, body, "not delivered within " + giveUpAfter.toDays() + " days");
            return;
        }
        Outcome outcome = post(uri, body.get("envelope"));
        if (outcome.refused != null) {
            LOG.warn("DCI callback {} to {} refused: {}", r.id(), uri, outcome.refused);
            fail(r, body, outcome.refused);
        } else if (outcome.delivered) {
            circuits.remove(destination);
            delivered(r, body);
        } else {
            circuits.computeIfAbsent(destination, k -> new DestinationCircuit()).failed(clock.instant());
            long attempts = body.path("attempts").asLong() + 1;
            long pause = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS << Math.min(20, attempts - 1));
            Instant next = clock.instant().plusMillis(pause);
            body.put("attempts", attempts).put("next_try_at", next.toString()).put("last_error",
                    Replies.clip(outcome.error));
            write(r, PENDING, day(next), body, "DCI_CALLBACK_RETRY", "callback attempt " + attempts + " failed");
        }
    }

    private void delivered(ProgramRecord r, ObjectNode body) {
        JsonNode envelope = body.remove("envelope");
        byte[] bytes = DciJson.write(envelope).getBytes(StandardCharsets.UTF_8);
        body.put("envelope_sha256", Digests.sha256(bytes)).put("envelope_size", bytes.length)
                .put("attempts", body.path("attempts").asLong() + 1).put("delivered_at", clock.instant().toString());
        body.remove("next_try_at");
        write(r, DELIVERED, null, body, "DCI_CALLBACK_DELIVERED", "callback delivered");
    }

    private void fail(ProgramRecord r, ObjectNode body, String reason) {
        body.put("failure", Replies.clip(reason)).put("failed_at", clock.instant().toString());
        body.remove("next_try_at");
        write(r, FAILED, null, body, "DCI_CALLBACK_FAILED", "callback failed: " + Replies.clip(reason));
    }

    private void write(ProgramRecord r, String status, LocalDate due, ObjectNode body, String action, String why) {
        store.update(TxnStore.PROGRAM, r.id(), r.version(), new RecordDraft(KIND, null, null, status, null, due, null,
                r.keys(), DciJson.write(body)), existing -> { }, action, WriteContext.of(ACTOR, why));
    }

    /** What one POST came to. */
    record Outcome(boolean delivered, String refused, String error) {
    }

    /**
     * POSTs {@code envelope} to {@code uri}, its host resolved and checked right before (the JDK keeps the
     * resolved addresses for a while, so the client connects to an address just checked).
     */
    Outcome post(String uri, JsonNode envelope) {
        URI target;
        try {
            target = URI.create(uri);
            guard.check(target);
        } catch (CallbackGuard.Refused e) {
            return new Outcome(false, e.getMessage(), null);
        } catch (IllegalArgumentException e) {
            return new Outcome(false, "not a valid address", null);
        }
        HttpClient client = http;
        if (client == null) {
            return new Outcome(false, null, "outbox stopping");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(DciJson.write(envelope))).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return new Outcome(true, null, null);
            }
            LOG.info("DCI callback to {} answered {}; retried later", uri, status);
            return new Outcome(false, null, "HTTP " + status);
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.info("DCI callback to {} failed ({}); retried later", uri, e.toString());
            return new Outcome(false, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted");
        }
    }

    static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

}
