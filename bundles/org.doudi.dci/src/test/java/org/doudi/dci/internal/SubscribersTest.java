package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.Sex;
import org.doudi.api.security.Caller;
import org.doudi.api.security.UserDirectory;
import org.doudi.api.security.UserDirectory.UserInfo;
import org.junit.Test;

public class SubscribersTest {
    private static final String ID = "310105198504051095";
    private static final Instant CREATED = Instant.parse("2025-01-29T02:00:00Z");
    private static final Member HEAD = new Member("p1", ID, false, "钱一", Relation.HEAD, Sex.MALE,
            LocalDate.of(1985, 4, 5), true, null, null, null, null, null, null, null, List.of(), null, null);
    private static final Household HOUSEHOLD = new Household("h1", "tianshanlu", null, null, null, "a", "a",
            List.of(HEAD), List.of(), List.of(), List.of(), 1, null, null, null, null, null, null, null, null, 1L,
            CREATED, CREATED, null);

    private static UserDirectory directory(List<UserInfo> users, AtomicInteger calls) {
        return (UserDirectory) Proxy.newProxyInstance(SubscribersTest.class.getClassLoader(),
                new Class<?>[] {UserDirectory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("list")) {
                        calls.incrementAndGet();
                        return users;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    public void theSubscriberIsLookedUpAsItIsNowWithAShortCache() {
        List<UserInfo> users = new ArrayList<>(List.of(new UserInfo("op", "street-operator", "hongqiao", false),
                new UserInfo("gone", "partner", null, true), new UserInfo("none", null, null, false)));
        AtomicInteger calls = new AtomicInteger();
        OutboxTest.MovingClock clock = new OutboxTest.MovingClock(CREATED);
        Subscribers s = new Subscribers(directory(users, calls), clock);
        String[] why = new String[1];
        assertEquals(Optional.of(new Caller("op", Set.of("street-operator"), "hongqiao")), s.current("op", why));
        assertFalse(s.current("gone", why).isPresent());
        assertTrue(why[0], why[0].contains("disabled"));
        assertFalse(s.current("none", why).isPresent());
        assertTrue(why[0], why[0].contains("no role"));
        assertFalse(s.current("unknown", why).isPresent());
        assertTrue(why[0], why[0].contains("no longer exists"));
        assertEquals("cached", 1, calls.get());
        users.set(0, new UserInfo("op", "street-operator", "tianshanlu", false));
        clock.now = CREATED.plus(Subscribers.TTL).plusSeconds(1);
        assertEquals("tianshanlu", s.current("op", why).orElseThrow().street());
        assertEquals(2, calls.get());
    }

    @Test
    public void scopingAndMaskingFollowTheSubscribersPresentRoleAndStreet() {
        ObjectNode frozen = (ObjectNode) DciJson.parse("{\"reg_event_type\":\"DEATH_REGISTERED\","
                + "\"filter_type\":\"idtype-value\",\"filter\":{\"type\":\"UIN\",\"value\":\"" + ID + "\"},"
                + "\"notify_record_type\":\"Member\",\"transaction_id\":\"t1\",\"sender_id\":\"s\","
                + "\"created_at\":\"2025-01-29T10:00:00+08:00\",\"caller\":{\"name\":\"op\","
                + "\"roles\":[\"district-admin\"]}}");
        ProgramRecord r = new ProgramRecord("s1", "dci", Subscriptions.KIND, null, null, Subscriptions.ACTIVE, null,
                null, null, List.of(), DciJson.write(frozen), 1, "op", CREATED, "op", CREATED);
        RegistryEvent ev = new RegistryEvent(42, CREATED.plusSeconds(60), SubscriptionItem.DEATH, HOUSEHOLD, HEAD,
                null, "reported", null);
        LocalDate today = LocalDate.of(2025, 2, 1);
        assertTrue(NotifyMessages.matches(frozen.put("code", "s1"), ev, today));
        ObjectNode otherStreet = Subscriptions.withSubscriber(r, new Caller("op", Set.of("street-operator"),
                "hongqiao"));
        assertEquals("s1", otherStreet.path("code").asText());
        assertFalse("now a street operator of another street", NotifyMessages.matches(otherStreet, ev, today));
        ObjectNode partner = Subscriptions.withSubscriber(r, new Caller("op", Set.of("partner"), null));
        assertTrue(NotifyMessages.matches(partner, ev, today));
        assertFalse("masked as a partner now", NotifyMessages.envelope(partner, ev, today, CREATED).toString()
                .contains(ID));
    }

    @Test
    public void aPartnersNoticeIsRecordedAsItsReadOfTheHousehold() {
        List<String> reads = new ArrayList<>();
        HouseholdService households = (HouseholdService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HouseholdService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("recordRead")) {
                        reads.add(args[0] + "|" + args[1] + "|" + args[2]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        RegistryEvent ev = new RegistryEvent(42, CREATED, SubscriptionItem.REGISTER, HOUSEHOLD, null, null, null,
                null);
        AuditNotifier.recordPartnerRead(households, DciJson.parse("{\"caller\":{\"name\":\"bank\","
                + "\"roles\":[\"partner\"]}}"), ev);
        AuditNotifier.recordPartnerRead(households, DciJson.parse("{\"caller\":{\"name\":\"staff\","
                + "\"roles\":[\"district-staff\"]}}"), ev);
        assertEquals(List.of("h1|bank|DCI notify"), reads);
    }
}
