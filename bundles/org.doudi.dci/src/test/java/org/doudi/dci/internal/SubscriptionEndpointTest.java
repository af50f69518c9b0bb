package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.doudi.api.DoudiClock;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.security.Caller;
import org.junit.Test;

public class SubscriptionEndpointTest {
    private static final Instant NOW = Instant.parse("2025-01-29T02:00:00Z");

    private static final DoudiClock CLOCK = new DoudiClock() {
        @Override
        public LocalDate today() {
            return LocalDate.of(2025, 1, 29);
        }

        @Override
        public Instant now() {
            return NOW;
        }
    };

    private static String request(String messageId) {
        String item = "{\"reference_id\":\"r%d\",\"timestamp\":\"2025-01-29T10:00:00+08:00\",\"subscribe_criteria\":"
                + "{\"reg_event_type\":\"REGISTER\",\"filter_type\":\"idtype-value\",\"filter\":{\"type\":\"UIN\","
                + "\"value\":\"310105198504051095\"}}}";
        return "{\"signature\":\"s\",\"header\":{\"version\":\"1.0.0\",\"message_id\":\"" + messageId + "\","
                + "\"message_ts\":\"2025-01-29T10:00:00+08:00\",\"action\":\"subscribe\",\"sender_id\":\"spmis\","
                + "\"sender_uri\":\"https://spmis.example/on-subscribe\",\"total_count\":2},\"message\":{"
                + "\"transaction_id\":\"t1\",\"subscribe_request\":[" + String.format(item, 1) + ","
                + String.format(item, 2) + "]}}";
    }

    @Test
    public void subscriptionsOfARequestThatFailsAreEnded() {
        MemoryStore store = new MemoryStore();
        store.failing = d -> d.kind().equals(TxnStore.KIND);
        Outbox outbox = new Outbox();
        outbox.store = store;
        SubscriptionEndpoint endpoint = new SubscriptionEndpoint(store, CLOCK, outbox);
        Response r = endpoint.subscribe(request("m1"), new Caller("bank", Set.of("partner"), null));
        assertTrue("refused: " + r.getEntity(), r.getStatus() >= 400);
        List<ProgramRecord> subs = store.ofKind(Subscriptions.KIND);
        assertEquals(2, subs.size());
        for (ProgramRecord s : subs) {
            assertEquals(Subscriptions.ENDED, s.status());
            assertEquals("the subscribe request failed", DciJson.parse(s.body()).path("ended_reason").asText());
        }
        assertTrue(store.ofKind(Outbox.KIND).isEmpty());
    }

    @Test
    public void subscriptionsOfARequestThatSucceedsStayActive() {
        MemoryStore store = new MemoryStore();
        Outbox outbox = new Outbox();
        outbox.store = store;
        SubscriptionEndpoint endpoint = new SubscriptionEndpoint(store, CLOCK, outbox);
        Response r = endpoint.subscribe(request("m2"), new Caller("bank", Set.of("partner"), null));
        assertEquals(202 / 100, r.getStatus() / 100);
        assertEquals(2, store.ofKind(Subscriptions.KIND).stream().filter(s -> s.status().equals(Subscriptions.ACTIVE))
                .count());
    }
}
