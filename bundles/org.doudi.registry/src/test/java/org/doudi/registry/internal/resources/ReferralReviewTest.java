package org.doudi.registry.internal.resources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.doudi.api.DoudiClock;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.Household;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralOutcomeRequest;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeFixture;
import org.junit.Test;

/** The review's findings on referrals: the whole outcome in the audit, outcomes in day order, a stable list. */
public class ReferralReviewTest {
    private final ResourceFixture x = new ResourceFixture();

    private Referral outcome(Referral r, String status, String text, String on) {
        return x.referrals.outcome(r.id(), new ReferralOutcomeRequest(status, text, on), ResourceFixture.STAFF);
    }

    @Test
    public void theWholeOutcomeIsKeptInTheAuditPayload() {
        AssistanceResource r = x.resource("陪诊", "CARE", null, null, null);
        Referral ref = x.refer(x.household("tianshanlu"), r, null);
        String text = "随访记录：" + "家属已到医院陪诊，".repeat(80) + "结束";
        assertTrue(text.length() > 500 && text.length() <= 1000);
        outcome(ref, "DELIVERED", text, null);
        String payload = x.f.query("SELECT payload FROM audit_event WHERE entity_type = 'referral' AND entity_id = ?"
                + " AND event_action = 'REFERRAL_DELIVERED'", ref.id());
        assertNotNull(payload);
        assertTrue(payload, payload.contains(text));
        assertTrue(payload, payload.contains("\"from\":\"REFERRED\""));
    }

    @Test
    public void anOutcomeCannotBeDatedBeforeThePreviousOne() {
        AssistanceResource r = x.resource("陪诊", "CARE", null, null, null);
        Referral ref = x.referrals.refer(new ReferralRequest(x.household("tianshanlu").id(), r.id(), null, null,
                "2025-03-01", "needs help"), ResourceFixture.STAFF);
        outcome(ref, "ACCEPTED", "accepted", "2025-03-20");
        try {
            outcome(ref, "DELIVERED", "delivered", "2025-03-10");
            fail("an outcome before the previous one");
        } catch (ValidationException e) {
            assertEquals("on", e.violations().get(0).field());
            assertTrue(e.getMessage(), e.getMessage().contains("2025-03-20"));
        }
        assertEquals("2025-03-20", outcome(ref, "DELIVERED", "delivered", "2025-03-20").outcomeOn().toString());
    }

    @Test
    public void theListKeepsItsOrderWhileOutcomesAreRecorded() throws ReflectiveOperationException {
        AtomicLong minutes = new AtomicLong();
        StaffRelativeFixture.set(x.referrals, "clock", new DoudiClock() {
            @Override
            public LocalDate today() {
                return StaffRelativeFixture.TODAY;
            }

            @Override
            public Instant now() {
                return StaffRelativeFixture.NOW.plus(minutes.incrementAndGet(), ChronoUnit.MINUTES);
            }
        });
        AssistanceResource r = x.resource("陪诊", "CARE", null, null, null);
        List<Household> households = List.of(x.household("tianshanlu"), x.household("tianshanlu"),
                x.household("tianshanlu"));
        List<Referral> made = households.stream().map(h -> x.refer(h, r, null)).toList();
        List<String> expected = made.stream().map(Referral::id).sorted(Comparator.reverseOrder()).toList();
        assertEquals(expected, ids());
        outcome(made.stream().filter(m -> m.id().equals(expected.get(2))).findFirst().orElseThrow(), "ACCEPTED",
                "accepted", null);
        assertEquals("an outcome does not move the referral up the list", expected, ids());
        assertEquals(List.of(expected.get(1)), x.referrals.find(new ReferralQuery(null, r.id(), null, null, 1, 1))
                .items().stream().map(Referral::id).toList());
    }

    private List<String> ids() {
        return x.referrals.find(new ReferralQuery(null, null, null, null, 0, 10)).items().stream().map(Referral::id)
                .toList();
    }
}
