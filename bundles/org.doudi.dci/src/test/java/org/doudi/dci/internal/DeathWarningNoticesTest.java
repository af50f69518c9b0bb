package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.doudi.api.Page;
import org.doudi.api.audit.AuditEvent;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.monitoring.WarningService;
import org.doudi.api.monitoring.WarningSeverity;
import org.doudi.api.monitoring.WarningStatus;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.Sex;
import org.junit.Test;

/** Death warnings as notices: the mapping, the cursor, the backwards reading and the dedupe with the audit path. */
public class DeathWarningNoticesTest {
    private static final String ID = "310105198504051095";
    private static final Instant CREATED = Instant.parse("2025-01-29T02:00:00Z");
    private static final Instant RAISED = Instant.parse("2025-01-30T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 2, 1);
    private static final Member HEAD = new Member("p1", ID, false, "钱一", Relation.HEAD, Sex.MALE,
            LocalDate.of(1985, 4, 5), true, null, null, null, null, null, null, null, List.of(), null, null);
    private static final Member SPOUSE = new Member("p2", "310105198601011108", false, "孙二", Relation.SPOUSE,
            Sex.FEMALE, LocalDate.of(1986, 1, 1), true, null, null, null, null, null, null, null, List.of(), null,
            null);
    private static final Household HOUSEHOLD = new Household("h1", "tianshanlu", null, null, null, "a", "a",
            List.of(HEAD, SPOUSE), List.of(), List.of(), List.of(), 2, null, null, null, null, null, null, null,
            null, 1L, CREATED, CREATED, null);

    static Warning warning(String id, FeedType type, WarningStatus status, String personId, Instant raisedAt) {
        return new Warning(id, type, WarningSeverity.MEDIUM, status, null, personId, null, null, "h1", "tianshanlu",
                LocalDate.of(2025, 1, 28), null, null, "death", List.of(), List.of(), null, "2025-01", raisedAt, 0,
                null, null, null, null, 0);
    }

    private static <T> T fake(Class<T> type, Map<String, java.util.function.Function<Object[], Object>> methods) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            java.util.function.Function<Object[], Object> f = methods.get(m.getName());
            if (f == null) {
                throw new UnsupportedOperationException(m.getName());
            }
            return f.apply(args);
        }));
    }

    /** A warning service listing as the registry does: one type and status, by raising time and id. */
    private static WarningService service(List<Warning> all, AtomicInteger calls) {
        return fake(WarningService.class, Map.of("find", a -> all.stream().filter(w -> w.id().equals(a[0]))
                .findFirst(), "search", a -> {
                    calls.incrementAndGet();
                    WarningQuery q = (WarningQuery) a[0];
                    List<Warning> hits = all.stream().filter(w -> q.type() == null || w.type() == q.type())
                            .filter(w -> q.status() == null || w.status() == q.status())
                            .sorted(Comparator.comparing(Warning::raisedAt).thenComparing(Warning::id))
                            .collect(Collectors.toList());
                    int from = Math.min(hits.size(), q.page() * q.size());
                    return new Page<>(hits.subList(from, Math.min(hits.size(), from + q.size())), q.page(), q.size(),
                            hits.size());
                }));
    }

    private static EventReader reader(List<Warning> all) {
        HouseholdService households = fake(HouseholdService.class, Map.of("find", a -> "h1".equals(a[0])
                ? Optional.of(HOUSEHOLD) : Optional.empty()));
        return new EventReader(households, fake(EnrolmentService.class, Map.of()), service(all,
                new AtomicInteger()));
    }

    @Test
    public void aDeathWarningIsAReportedDeathOfItsPerson() {
        Warning w = warning("w1", FeedType.DEATH, WarningStatus.OPEN, "p2", RAISED);
        RegistryEvent ev = reader(List.of(w)).reported(w).orElseThrow();
        assertEquals(SubscriptionItem.DEATH, ev.eventType());
        assertEquals("p2", ev.member().personId());
        assertEquals("reported", ev.deathStatus());
        assertEquals(LocalDate.of(2025, 1, 28), ev.deathDate());
        assertEquals(RAISED, ev.at());
        assertEquals("warning-w1", ev.reference());
        assertNull(ev.enrolment());

        assertTrue("not a death", reader(List.of()).reported(warning("w2", FeedType.EMPLOYMENT,
                WarningStatus.OPEN, "p2", RAISED)).isEmpty());
        assertTrue("not a member of the household", reader(List.of()).reported(warning("w3", FeedType.DEATH,
                WarningStatus.OPEN, "p9", RAISED)).isEmpty());

        ObjectNode s = (ObjectNode) DciJson.parse("{\"code\":\"s1\",\"reg_event_type\":\"DEATH_REGISTERED\","
                + "\"filter_type\":\"idtype-value\",\"notify_record_type\":\"Member\",\"transaction_id\":\"t1\","
                + "\"sender_id\":\"spmis\",\"created_at\":\"2025-01-29T10:00:00+08:00\",\"caller\":{\"name\":\"x\","
                + "\"roles\":[\"partner\"]}}");
        s.set("filter", DciJson.parse("{\"type\":\"UIN\",\"value\":\"310105198601011108\"}"));
        assertTrue(NotifyMessages.matches(s, ev, TODAY));
        JsonNode e = NotifyMessages.envelope(s, ev, TODAY, RAISED.plusSeconds(5));
        assertEquals("warning-w1-1", e.at("/message/notify_event/0/reference_id").asText());
        assertEquals("2025-01-28", e.at("/message/notify_event/0/data/reg_records/demographic_info/death_date")
                .asText());
        s.set("filter", DciJson.parse("{\"type\":\"UIN\",\"value\":\"" + ID + "\"}"));
        assertFalse("the filter names the other member", NotifyMessages.matches(s, ev, TODAY));
    }

    @Test
    public void theAuditEntryOfItsSuspensionMakesTheSameNoticeUnderTheSameKey() {
        Warning w = warning("w1", FeedType.DEATH, WarningStatus.OPEN, "p2", RAISED);
        EventReader reader = reader(List.of(w));
        List<RegistryEvent> fromAudit = reader.read(new AuditEvent(77, RAISED.plusSeconds(30), "system",
                "WARNING_SUSPENDED_ENROLMENTS", "warning", "w1", 1L, "suspended e1", null));
        assertEquals(1, fromAudit.size());
        RegistryEvent fromWarning = reader.reported(w).orElseThrow();
        assertEquals(fromWarning, fromAudit.get(0));
        assertEquals(fromWarning.outboxKey("s1"), fromAudit.get(0).outboxKey("s1"));
        assertNotEquals(fromWarning.outboxKey("s1"), fromWarning.outboxKey("s2"));
        RegistryEvent other = new RegistryEvent(77, RAISED, SubscriptionItem.DEATH, HOUSEHOLD, SPOUSE, null,
                "confirmed", LocalDate.of(2025, 1, 28));
        assertNotEquals("a confirmation is a notice of its own", fromWarning.outboxKey("s1"), other.outboxKey("s1"));
        assertEquals(TxnStore.key("notify", "77", "s1", SubscriptionItem.DEATH, "p2"), other.outboxKey("s1"));
    }

    @Test
    public void theCursorHandsOutEachWarningOnceInRaisingOrderAndKeepsOnlyRecentIds() {
        WarningCursor c = new WarningCursor();
        assertNull(c.from());
        Warning a = warning("b", FeedType.DEATH, WarningStatus.OPEN, "p1", RAISED);
        Warning b = warning("a", FeedType.DEATH, WarningStatus.ASSIGNED, "p2", RAISED);
        Warning early = warning("z", FeedType.DEATH, WarningStatus.DISPOSED, "p2", RAISED.minusSeconds(60));
        List<Warning> fresh = c.fresh(List.of(a, b, early, a));
        assertEquals(List.of("z", "a", "b"), fresh.stream().map(Warning::id).collect(Collectors.toList()));
        fresh.forEach(c::mark);
        assertEquals(RAISED, c.since());
        assertEquals(RAISED.minus(WarningCursor.OVERLAP), c.from());
        // a later chunk of the same job (same raising time) is still new; the ones read are not
        Warning sameJob = warning("m", FeedType.DEATH, WarningStatus.OPEN, "p1", RAISED);
        assertEquals(List.of(sameJob), c.fresh(List.of(a, b, early, sameJob)));

        WarningCursor again = WarningCursor.parse(DciJson.parse(DciJson.write(c.toJson())));
        assertEquals(RAISED, again.since());
        assertTrue(again.fresh(List.of(a, b, early)).isEmpty());
        assertEquals(3, again.size());

        Warning next = warning("n", FeedType.DEATH, WarningStatus.OPEN, "p1", RAISED.plus(WarningCursor.OVERLAP)
                .plusSeconds(61));
        again.mark(next);
        assertEquals("ids older than the overlap are dropped", 1, again.size());
        assertTrue("and so are warnings raised before it", again.fresh(List.of(a, b, early)).isEmpty());
    }

    @Test
    public void warningsAreReadBackwardsPerStatusDownToTheTimeAsked() {
        List<Warning> all = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            all.add(warning(String.format("o%04d", i), FeedType.DEATH, WarningStatus.OPEN, "p1",
                    RAISED.minusSeconds(3600L * 24 * (450 - i))));
        }
        all.add(warning("new-open", FeedType.DEATH, WarningStatus.OPEN, "p2", RAISED));
        all.add(warning("new-assigned", FeedType.DEATH, WarningStatus.ASSIGNED, "p2", RAISED));
        all.add(warning("new-dismissed", FeedType.DEATH, WarningStatus.DISMISSED, "p2", RAISED.plusSeconds(1)));
        all.add(warning("job", FeedType.EMPLOYMENT, WarningStatus.OPEN, "p2", RAISED.plusSeconds(2)));
        AtomicInteger calls = new AtomicInteger();
        DeathWarnings deaths = new DeathWarnings(service(all, calls));
        assertEquals(453, deaths.total());
        assertEquals(RAISED.plusSeconds(1), deaths.latest());
        calls.set(0);
        List<String> read = deaths.raisedFrom(RAISED.minusSeconds(60)).stream().map(Warning::id)
                .collect(Collectors.toList());
        assertEquals(List.of("new-open", "new-assigned", "new-dismissed"), read);
        assertTrue("only the last page of each status was read: " + calls, calls.get() <= 2 * 5);
        assertEquals(453, deaths.raisedFrom(null).size());
        assertEquals(List.of(451L, 1L, 0L, 0L, 1L), deaths.totals());
    }
}
