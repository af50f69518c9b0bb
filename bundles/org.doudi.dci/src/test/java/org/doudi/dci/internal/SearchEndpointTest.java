package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javax.ws.rs.core.Response;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.junit.Test;

public class SearchEndpointTest {
    private static final Caller ADMIN = new Caller("admin", Set.of(Roles.DISTRICT_ADMIN), null);
    private static final Caller ADVISOR = new Caller("adv", Set.of(Roles.ADVISOR), null);
    private static final CallbackPolicy CALLBACKS = new CallbackPolicy(Map.of("admin",
            Set.of("https://partner.example:443")), false, true);
    private static final DoudiClock CLOCK = new DoudiClock() {
        @Override
        public LocalDate today() {
            return LocalDate.of(2025, 2, 1);
        }

        @Override
        public Instant now() {
            return Instant.parse("2025-02-01T02:00:00Z");
        }
    };

    static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            Function<Object[], Object> f = methods.get(m.getName());
            if (f == null) {
                throw new UnsupportedOperationException(m.getName());
            }
            return f.apply(args);
        }));
    }

    /** One household h1; a search by name "boom" fails as a broken registry would. */
    static HouseholdService households() {
        return fake(HouseholdService.class, Map.of("find", a -> "h1".equals(a[0])
                ? Optional.of(RecordViewsTest.HOUSEHOLD) : Optional.empty(), "search", a -> {
                    HouseholdQuery q = (HouseholdQuery) a[0];
                    if ("boom".equals(q.name())) {
                        throw new IllegalStateException("registry down");
                    }
                    return new Page<>(List.of(RecordViewsTest.HOUSEHOLD), q.page(), q.size(), 1);
                }, "recordRead", a -> null));
    }

    private static String envelope(String messageId, String senderUri, String... criteria) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < criteria.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"reference_id\":\"ref-").append(i)
                    .append("\",\"timestamp\":\"2025-01-29T10:00:00+08:00\",\"search_criteria\":")
                    .append(criteria[i]).append("}");
        }
        return "{\"header\":{\"message_id\":\"" + messageId + "\",\"message_ts\":\"2025-01-29T10:00:00+08:00\","
                + "\"action\":\"search\",\"sender_id\":\"s\",\"total_count\":1"
                + (senderUri == null ? "" : ",\"sender_uri\":\"" + senderUri + "\"") + "},\"message\":{"
                + "\"transaction_id\":\"t-" + messageId + "\",\"search_request\":[" + items + "]}}";
    }

    private static String predicate(String name, String operator, String value, String pagination) {
        return "{\"query_type\":\"predicate\",\"query\":[{\"expression1\":{\"attribute_name\":\"" + name
                + "\",\"operator\":\"" + operator + "\",\"attribute_value\":" + value + "}}]"
                + (pagination == null ? "" : ",\"pagination\":" + pagination) + "}";
    }

    private static JsonNode body(Response r) {
        return DciJson.parse((String) r.getEntity());
    }

    @Test
    public void aBadItemIsRejectedOnItsOwnAndPagesNeverOverflow() {
        FakeStore store = new FakeStore();
        SearchEndpoint search = new SearchEndpoint(households(), store, CLOCK, null, Runnable::run, CALLBACKS);
        JsonNode answer = body(search.sync(envelope("m1", null,
                predicate("household_id", "eq", "\"h1\"", "{\"page_size\":100,\"page_number\":100000}"),
                predicate("age", "gt", "1e400", null),
                predicate("name", "eq", "\"boom\"", null),
                predicate("household_id", "eq", "\"h1\"", null)), ADMIN));
        JsonNode items = answer.at("/message/search_response");
        assertEquals("succ", items.at("/0/status").asText());
        assertEquals(0, items.at("/0/data/reg_records").size());
        assertEquals(1, items.at("/0/pagination/total_count").asInt());
        assertEquals("rjct.search_criteria.invalid", items.at("/1/status_reason_code").asText());
        assertEquals("rjct", items.at("/2/status").asText());
        assertFalse(items.get(2).has("data"));
        assertEquals("succ", items.at("/3/status").asText());
        assertEquals(1, items.at("/3/data/reg_records").size());
    }

    @Test
    public void aMaskedCallersRangeOverIdNumbersIsRejected() {
        SearchEndpoint search = new SearchEndpoint(households(), new FakeStore(), CLOCK, null, Runnable::run,
                CALLBACKS);
        JsonNode items = body(search.sync(envelope("m2", null, predicate("UIN", "ge", "\"3101\"", null),
                predicate("UIN", "eq", "\"310105198504051095\"", null)), ADVISOR)).at("/message/search_response");
        assertEquals("rjct.search_criteria.invalid", items.at("/0/status_reason_code").asText());
        assertEquals("succ", items.at("/1/status").asText());
        assertFalse("masked", items.get(1).toString().contains("310105198504051095"));
    }

    @Test
    public void anEnvelopeCarriesAtMostTenItems() {
        String[] eleven = new String[11];
        java.util.Arrays.fill(eleven, predicate("household_id", "eq", "\"h1\"", null));
        SearchEndpoint search = new SearchEndpoint(households(), new FakeStore(), CLOCK, null, Runnable::run,
                CALLBACKS);
        JsonNode sync = body(search.sync(envelope("m3", null, eleven), ADMIN));
        assertEquals("rjct.total_count.limit_exceeded", sync.at("/header/status_reason_code").asText());
        Response async = search.async(envelope("m4", "https://partner.example/on-search", eleven), ADMIN);
        assertEquals(400, async.getStatus());
        assertEquals("err.request.bad", body(async).at("/message/error/code").asText());
    }

    @Test
    public void aCallbackOutsideTheCallersOriginsIsRefused() {
        FakeStore store = new FakeStore();
        SearchEndpoint search = new SearchEndpoint(households(), store, CLOCK, null, Runnable::run, CALLBACKS);
        Response r = search.async(envelope("m5", "https://evil.example/on-search",
                predicate("household_id", "eq", "\"h1\"", null)), ADMIN);
        assertEquals("err.sender_uri.invalid", body(r).at("/message/error/code").asText());
        assertTrue(store.records.isEmpty());
    }

    @Test
    public void whenTheWorkersAreFullTheRequestIsRefusedAndItsTransactionRejected() {
        FakeStore store = new FakeStore();
        SearchEndpoint search = new SearchEndpoint(households(), store, CLOCK, null, task -> {
            throw new RejectedExecutionException("full");
        }, CALLBACKS);
        Response r = search.async(envelope("m6", "https://partner.example/on-search",
                predicate("household_id", "eq", "\"h1\"", null)), ADMIN);
        assertEquals(503, r.getStatus());
        assertEquals("err.service.unavailable", body(r).at("/message/error/code").asText());
        assertEquals(TxnStore.FAILED, store.records.get(0).status());
    }

    @Test
    public void aSearchThatCannotBeStoredIsRejectedNotLeftPending() {
        FakeStore store = new FakeStore();
        store.failNextUpdate = true;
        SearchEndpoint search = new SearchEndpoint(households(), store, CLOCK, null, Runnable::run, CALLBACKS);
        Response r = search.async(envelope("m7", "https://partner.example/on-search",
                predicate("household_id", "eq", "\"h1\"", null)), ADMIN);
        assertEquals(200, r.getStatus());
        assertEquals(TxnStore.FAILED, store.records.get(0).status());
        assertEquals("rjct", DciJson.parse(store.records.get(0).body()).at("/response/search_response/0/status")
                .asText());
    }
}
