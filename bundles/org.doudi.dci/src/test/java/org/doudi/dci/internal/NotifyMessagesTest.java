package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.Sex;
import org.junit.Test;

public class NotifyMessagesTest {
    private static final String ID = "310105198504051095";
    private static final Instant CREATED = Instant.parse("2025-01-29T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 2, 1);
    private static final Member HEAD = new Member("p1", ID, false, "钱一", Relation.HEAD, Sex.MALE,
            LocalDate.of(1985, 4, 5), true, null, null, null, null, null, null, null, List.of(), null, null);
    private static final Household HOUSEHOLD = new Household("h1", "tianshanlu", null, null, null, "a", "a",
            List.of(HEAD), List.of(), List.of(), List.of(), 1, null, null, null, null, null, null, null, null, 1L,
            CREATED, CREATED, null);

    private static ObjectNode subscription(String role, String street, String filter) {
        ObjectNode s = (ObjectNode) DciJson.parse("{\"code\":\"s1\",\"reg_event_type\":\"DEATH_REGISTERED\","
                + "\"filter_type\":\"idtype-value\",\"notify_record_type\":\"Member\",\"transaction_id\":\"t1\","
                + "\"sender_id\":\"spmis\",\"created_at\":\"2025-01-29T10:00:00+08:00\",\"caller\":{\"name\":\"x\","
                + "\"roles\":[\"" + role + "\"]" + (street == null ? "" : ",\"street\":\"" + street + "\"") + "}}");
        s.set("filter", DciJson.parse(filter));
        return s;
    }

    private static RegistryEvent death(Instant at) {
        return new RegistryEvent(42, at, SubscriptionItem.DEATH, HOUSEHOLD, HEAD, null, "reported",
                LocalDate.of(2025, 1, 30));
    }

    @Test
    public void aSubscriptionHearsOnlyMatchingEventsItsSubscriberMaySee() {
        String byId = "{\"type\":\"UIN\",\"value\":\"" + ID + "\"}";
        Instant later = CREATED.plusSeconds(60);
        assertTrue(NotifyMessages.matches(subscription("partner", null, byId), death(later), TODAY));
        assertFalse("another person", NotifyMessages.matches(subscription("partner", null,
                "{\"type\":\"UIN\",\"value\":\"310105198504051108\"}"), death(later), TODAY));
        assertFalse("before it subscribed", NotifyMessages.matches(subscription("partner", null, byId),
                death(CREATED.minusSeconds(60)), TODAY));
        assertFalse("another street's operator", NotifyMessages.matches(subscription("street-operator", "hongqiao",
                byId), death(later), TODAY));
        assertTrue(NotifyMessages.matches(subscription("street-operator", "tianshanlu", byId), death(later), TODAY));
    }

    @Test
    public void aPartnersNotifyMasksTheIdNumberAndCarriesTheDeath() {
        ObjectNode s = subscription("partner", null, "{\"type\":\"UIN\",\"value\":\"" + ID + "\"}");
        JsonNode e = NotifyMessages.envelope(s, death(CREATED.plusSeconds(60)), TODAY, CREATED.plusSeconds(61));
        assertEquals("notify", e.at("/header/action").asText());
        assertEquals("s1", e.at("/header/meta/subscription_code").asText());
        JsonNode record = e.at("/message/notify_event/0/data/reg_records");
        assertEquals("42-1", e.at("/message/notify_event/0/reference_id").asText());
        assertEquals("2025-01-30", record.at("/demographic_info/death_date").asText());
        assertFalse(record.toString().contains(ID));
        assertFalse(record.has("is_disabled"));
        assertTrue(record.get("additional_attributes").toString().contains("reported"));
        JsonNode full = NotifyMessages.envelope(subscription("district-admin", null, "{\"type\":\"UIN\",\"value\":\""
                + ID + "\"}"), death(CREATED.plusSeconds(60)), TODAY, CREATED.plusSeconds(61));
        assertTrue(full.toString().contains(ID));
    }
}
