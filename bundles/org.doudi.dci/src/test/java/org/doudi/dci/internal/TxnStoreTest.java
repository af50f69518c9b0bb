package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doudi.api.records.ProgramRecord;
import org.junit.Test;

public class TxnStoreTest {

    static Envelope envelope(String messageId, String senderId, int items) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < items; i++) {
            list.append(i == 0 ? "" : ",").append("{\"reference_id\":\"ref-").append(i)
                    .append("\",\"timestamp\":\"2025-01-29T10:00:00+08:00\",\"search_criteria\":{\"query_type\":"
                            + "\"idtype-value\",\"query\":{\"type\":\"HOUSEHOLD_ID\",\"value\":\"h1\"}}}");
        }
        return EnvelopeReader.read("{\"header\":{\"message_id\":\"" + messageId + "\",\"message_ts\":"
                + "\"2025-01-29T10:00:00+08:00\",\"action\":\"search\",\"sender_id\":\"" + senderId + "\","
                + "\"total_count\":1},\"message\":{\"transaction_id\":\"t-" + messageId + "\",\"search_request\":"
                + list + "]}}", "search");
    }

    @Test
    public void aMessageIdIsOncePerAccountWhateverSenderIdItClaims() {
        TxnStore txns = new TxnStore(new FakeStore());
        Envelope fromA = envelope("m1", "bank-b.example", 1);
        txns.requireNewMessage(fromA, "bank-a");
        txns.create("bank-a", fromA, "search", "c1", TxnStore.SUCCEEDED, DciJson.object());
        // bank-b's own message m1 is not burned by bank-a claiming bank-b's sender id
        Envelope fromB = envelope("m1", "bank-b.example", 1);
        txns.requireNewMessage(fromB, "bank-b");
        ProgramRecord b = txns.create("bank-b", fromB, "search", "c2", TxnStore.SUCCEEDED, DciJson.object());
        assertEquals("bank-b.example", DciJson.parse(b.body()).path("sender_id").asText());
        try {
            txns.requireNewMessage(fromA, "bank-a");
            fail("a repeated message");
        } catch (DciRejection expected) {
            assertEquals("rjct.message_id.duplicate", expected.headerReason);
        }
        try {
            txns.create("bank-b", fromB, "search", "c3", TxnStore.SUCCEEDED, DciJson.object());
            fail("a repeated message, refused atomically");
        } catch (DciRejection expected) {
            assertEquals("rjct.message_id.duplicate", expected.headerReason);
        }
    }

    @Test
    public void aTransactionKeepsASummaryNeverTheRecords() {
        FakeStore store = new FakeStore();
        TxnStore txns = new TxnStore(store);
        Envelope e = envelope("m2", "s", 10);
        ProgramRecord txn = txns.create("admin", e, "search", "c", TxnStore.PENDING,
                RegistrySearch.pending(e, "c", java.time.Instant.now()));
        ObjectNode response = DciJson.object().put("transaction_id", "t").put("correlation_id", "c");
        ArrayNode items = response.putArray("search_response");
        String big = "x".repeat(2000);
        for (int i = 0; i < 10; i++) {
            ObjectNode item = items.addObject().put("reference_id", "ref-" + i).put("timestamp", "now")
                    .put("status", "succ");
            ArrayNode records = item.putObject("data").putArray("reg_records");
            for (int r = 0; r < 100; r++) {
                records.addObject().put("name", big);
            }
            item.putObject("pagination").put("page_size", 100).put("page_number", 1).put("total_count", 4000);
        }
        assertTrue("the full answer is over the store's limit", DciJson.write(response).length() > 1 << 20);
        ProgramRecord done = txns.complete(txn, TxnStore.SUCCEEDED, response, "admin");
        JsonNode kept = DciJson.parse(done.body()).get("response");
        assertEquals(10, kept.get("search_response").size());
        assertFalse(kept.toString().contains(big));
        assertEquals(4000, kept.at("/search_response/9/pagination/total_count").asInt());
        assertEquals("succ", kept.at("/search_response/0/status").asText());
        assertEquals(TxnStore.SUCCEEDED, done.status());
    }

    @Test
    public void referenceKeysStayBelowTheStoresLimit() {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < 150; i++) {
            list.append(i == 0 ? "" : ",").append("{\"reference_id\":\"r").append(i).append("\"}");
        }
        Envelope e = EnvelopeReader.read("{\"header\":{\"message_id\":\"m3\",\"message_ts\":"
                + "\"2025-01-29T10:00:00+08:00\",\"action\":\"subscribe\",\"sender_id\":\"s\",\"total_count\":1},"
                + "\"message\":{\"transaction_id\":\"t\",\"subscribe_request\":" + list + "]}}", "subscribe");
        ProgramRecord r = new TxnStore(new FakeStore()).create("admin", e, "subscribe", "c", TxnStore.SUCCEEDED,
                DciJson.object());
        assertEquals(3 + TxnStore.MAX_REFERENCE_KEYS, r.keys().size());
    }

    @Test
    public void aFailedTransactionIsRejectedNotPending() {
        FakeStore store = new FakeStore();
        TxnStore txns = new TxnStore(store);
        Envelope e = envelope("m4", "s", 2);
        ProgramRecord txn = txns.create("admin", e, "search", "c", TxnStore.PENDING,
                RegistrySearch.pending(e, "c", java.time.Instant.now()));
        ProgramRecord failed = txns.fail(txn, "the registry could not complete the search", "admin");
        assertEquals(TxnStore.FAILED, failed.status());
        JsonNode items = DciJson.parse(failed.body()).at("/response/search_response");
        assertEquals(2, items.size());
        items.forEach(i -> assertEquals("rjct", i.get("status").asText()));
        assertTrue(items.get(0).get("status_reason_message").asText().contains("could not complete"));
    }
}
