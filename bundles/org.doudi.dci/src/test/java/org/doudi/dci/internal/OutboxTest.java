package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.doudi.api.records.ProgramRecord;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class OutboxTest {
    private final MemoryStore store = new MemoryStore();
    private final MovingClock clock = new MovingClock(Instant.parse("2025-02-01T00:00:00Z"));
    private final AtomicInteger good = new AtomicInteger();
    private final AtomicInteger bad = new AtomicInteger();
    private HttpServer server;
    private Outbox outbox;
    private String base;

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Before
    public void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", x -> {
            good.incrementAndGet();
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/down", x -> {
            bad.incrementAndGet();
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(503, -1);
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        outbox = new Outbox();
        outbox.store = store;
        outbox.clock = clock;
    }

    @After
    public void stop() {
        outbox.deactivate();
        server.stop(0);
    }

    private void open(boolean allowPrivate) {
        outbox.open(Map.of("allowPrivateCallbacks", allowPrivate, "callbackGiveUpDays", "7"));
    }

    private JsonNode body(ProgramRecord r) {
        return DciJson.parse(store.get("dci", r.id()).orElseThrow().body());
    }

    private ProgramRecord only() {
        return store.ofKind(Outbox.KIND).get(0);
    }

    @Test
    public void aCallbackToTheServersOwnNetworkFailsAtOnceWithTheReason() {
        open(false);
        outbox.enqueue(base + "/ok", DciJson.object().put("x", 1), "k1", "test");
        outbox.deliverDue();
        ProgramRecord r = only();
        assertEquals(Outbox.FAILED, r.status());
        assertTrue(body(r).path("failure").asText().contains("loopback"));
        assertEquals(0, good.get());
        clock.now = clock.now.plusSeconds(3600);
        outbox.deliverDue();
        assertEquals("not retried", 0, good.get());
    }

    @Test
    public void aDeliveredCallbackKeepsOnlyTheDigestAndSizeOfItsEnvelope() {
        open(true);
        assertTrue(outbox.enqueue(base + "/ok", DciJson.object().put("x", 1), "k1", "test"));
        assertFalse("queued once", outbox.enqueue(base + "/ok", DciJson.object().put("x", 1), "k1", "test"));
        outbox.deliverDue();
        ProgramRecord r = only();
        assertEquals(Outbox.DELIVERED, r.status());
        JsonNode b = body(r);
        assertTrue(b.path("envelope").isMissingNode());
        byte[] sent = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(org.doudi.api.Digests.sha256(sent), b.path("envelope_sha256").asText());
        assertEquals(sent.length, b.path("envelope_size").asInt());
        assertEquals(1, good.get());
    }

    @Test
    public void aFailedAttemptIsStoredAndOnlyDueCallbacksAreTried() {
        open(true);
        outbox.enqueue(base + "/down", DciJson.object(), null, "test");
        outbox.deliverDue();
        ProgramRecord r = only();
        assertEquals(Outbox.PENDING, r.status());
        assertEquals(1, body(r).path("attempts").asInt());
        assertEquals(clock.now.plusSeconds(2).toString(), body(r).path("next_try_at").asText());
        assertEquals(Outbox.day(clock.now), r.dueDate());
        assertTrue(body(r).path("last_error").asText().contains("503"));
        outbox.deliverDue();
        assertEquals("not due yet", 1, bad.get());
        clock.now = clock.now.plusSeconds(2);
        outbox.deliverDue();
        assertEquals(2, bad.get());
        assertEquals(4, body(only()).path("next_try_at").asText().isEmpty() ? -1
                : Duration.between(clock.now, Instant.parse(body(only()).path("next_try_at").asText())).toSeconds());
    }

    @Test
    public void aDeadPartnerNeitherStarvesOthersNorIsCalledWithoutEnd() {
        open(true);
        for (int i = 0; i < 450; i++) {
            outbox.enqueue(base.replace("127.0.0.1", "localhost") + "/down", DciJson.object().put("n", i), null, "t");
        }
        outbox.enqueue(base + "/ok", DciJson.object(), "live", "test");
        for (int pass = 0; pass < 3 && good.get() == 0; pass++) {
            outbox.deliverDue();
        }
        assertEquals("the live partner is served", 1, good.get());
        assertEquals("the dead one's circuit opened after " + DestinationCircuit.FAILURES + " failures",
                DestinationCircuit.FAILURES, bad.get());
        outbox.deliverDue();
        assertEquals("still open", DestinationCircuit.FAILURES, bad.get());
        clock.now = clock.now.plus(DestinationCircuit.OPEN_FOR).plusSeconds(1);
        outbox.deliverDue();
        assertEquals("tried again", 2 * DestinationCircuit.FAILURES, bad.get());
    }

    @Test
    public void aCallbackUndeliveredForTheConfiguredDaysIsGivenUp() {
        open(true);
        outbox.enqueue(base + "/down", DciJson.object(), null, "test");
        clock.now = clock.now.plus(Duration.ofDays(7)).plusSeconds(1);
        outbox.deliverDue();
        ProgramRecord r = only();
        assertEquals(Outbox.FAILED, r.status());
        assertTrue(body(r).path("failure").asText().contains("7 days"));
        assertEquals(0, bad.get());
        assertNull(r.dueDate());
    }

    @Test
    public void callbacksQueuedBeforeDueDatesAreDatedAndDelivered() {
        open(true);
        store.create("dci", new org.doudi.api.records.RecordDraft(Outbox.KIND, null, null, Outbox.PENDING, null, null,
                null, java.util.List.of(), "{\"uri\":\"" + base + "/ok\",\"envelope\":{}}"), e -> { }, "X",
                org.doudi.api.WriteContext.of("t", "t"));
        outbox.deliverDue();
        assertEquals("an undated callback is not due", 0, good.get());
        outbox.dateUndated();
        outbox.deliverDue();
        assertEquals(1, good.get());
    }
}
