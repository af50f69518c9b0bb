package org.doudi.registry.internal.resources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.registry.Household;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralStatus;
import org.doudi.api.resources.ResourceRequest;
import org.junit.Test;

/** Referrals on real SQL: capacity and budget held and released, refusals, the outcome's moves, the list. */
public class ReferralRegistryTest {
    private final ResourceFixture x = new ResourceFixture();

    @Test
    public void aResourceTakesNoMoreThanItsCapacityAndADeclineGivesThePlaceBack() {
        AssistanceResource r = x.resource("暖心陪护", "CARE", null, 2, null);
        Household a = x.household("tianshanlu");
        Household b = x.household("hongqiao");
        Household c = x.household("tianshanlu");
        Referral first = x.refer(a, r, null);
        x.refer(b, r, null);
        assertEquals(2, x.resources.get(r.id()).orElseThrow().committed());
        DoudiException full = expect(409, () -> x.refer(c, r, null));
        assertTrue(full.getMessage(), full.getMessage().contains("capacity 2, 2 places committed"));
        assertEquals(2, count("SELECT COUNT(*) FROM referral"));
        Referral declined = x.outcome(first, "DECLINED");
        assertEquals(ReferralStatus.DECLINED, declined.status());
        assertEquals(1, x.resources.get(r.id()).orElseThrow().committed());
        Referral third = x.refer(c, r, null);
        assertEquals("tianshanlu", third.street());
        assertEquals("暖心陪护", third.resourceName());
        assertEquals(Integer.valueOf(0), x.resources.get(r.id()).orElseThrow().remainingCapacity());
    }

    @Test
    public void aBudgetedResourceHoldsAmountsUpToItsBudget() {
        AssistanceResource r = x.resource("暖心基金", "LIVING", null, null, "1000.00");
        Household a = x.household("tianshanlu");
        Household b = x.household("tianshanlu");
        Referral first = x.refer(a, r, "600");
        assertEquals(new BigDecimal("600.00"), first.amount());
        DoudiException over = expect(409, () -> x.refer(b, r, "500.00"));
        assertTrue(over.getMessage(), over.getMessage().contains("400.00 yuan left"));
        assertField("amount", () -> x.refer(b, r, null));
        assertField("amount", () -> x.refer(b, r, "1.001"));
        x.refer(b, r, "400.00");
        assertEquals(new BigDecimal("0.00"), x.resources.get(r.id()).orElseThrow().remainingBudget());
        x.outcome(first, "WITHDRAWN");
        AssistanceResource after = x.resources.get(r.id()).orElseThrow();
        assertEquals(new BigDecimal("400.00"), after.committedAmount());
        assertEquals(1, after.committed());
        AssistanceResource unbudgeted = x.resource("就业指导", "EMPLOYMENT", null, null, null);
        assertField("amount", () -> x.refer(a, unbudgeted, "10"));
    }

    @Test
    public void closedOutOfDateAndOtherStreetResourcesAreRefused() {
        Household h = x.household("tianshanlu");
        AssistanceResource closed = x.resources.create(new ResourceRequest("旧项目", "POLICY", "LIVING", "民政局", null,
                null, null, null, null, false, null), null, ResourceFixture.STAFF);
        assertTrue(expect(409, () -> x.refer(h, closed, null)).getMessage().contains("closed"));
        AssistanceResource expired = x.resources.create(new ResourceRequest("过期项目", "POLICY", "LIVING", "民政局",
                null, null, null, "2024-01-01", "2024-12-31", null, null), null, ResourceFixture.STAFF);
        assertTrue(expect(409, () -> x.refer(h, expired, null)).getMessage().contains("not valid on 2025-03-31"));
        AssistanceResource elsewhere = x.resource("虹桥助学", "EDUCATION", "hongqiao", null, null);
        assertTrue(expect(409, () -> x.refer(h, elsewhere, null)).getMessage().contains("serves hongqiao"));
        expect(404, () -> x.referrals.refer(new org.doudi.api.resources.ReferralRequest(h.id(), "no-such-resource",
                null, null, null, null), ResourceFixture.STAFF));
        assertEquals(0, count("SELECT COUNT(*) FROM referral"));
    }

    @Test
    public void theOutcomeFollowsTheAllowedMoves() {
        AssistanceResource r = x.resource("陪诊", "CARE", null, 5, null);
        Household h = x.household("tianshanlu");
        Referral ref = x.refer(h, r, null);
        assertEquals(ReferralStatus.ACCEPTED, x.outcome(ref, "ACCEPTED").status());
        Referral delivered = x.outcome(ref, "DELIVERED");
        assertEquals(ReferralStatus.DELIVERED, delivered.status());
        assertEquals(3, delivered.version());
        assertEquals(1, x.resources.get(r.id()).orElseThrow().committed()); // a delivered referral keeps its place
        assertTrue(expect(409, () -> x.outcome(ref, "DECLINED")).getMessage().contains("DELIVERED"));
        assertField("status", () -> x.outcome(ref, "REFERRED"));
        assertField("status", () -> x.outcome(ref, "LOST"));
        expect(404, () -> x.referrals.outcome("no-such-referral", new org.doudi.api.resources.ReferralOutcomeRequest(
                "ACCEPTED", "x", null), ResourceFixture.STAFF));
        assertEquals("3", x.f.query("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'referral'"
                + " AND entity_id = ?", ref.id()));
    }

    @Test
    public void referralsAreListedNewestFirstByHouseholdStreetAndStatus() {
        AssistanceResource r = x.resource("陪诊", "CARE", null, null, null);
        Household a = x.household("tianshanlu");
        Household b = x.household("hongqiao");
        Referral ra = x.refer(a, r, null);
        x.refer(b, r, null);
        x.outcome(ra, "ACCEPTED");
        assertEquals(2, x.referrals.find(new ReferralQuery(null, r.id(), null, null, 0, 10)).total());
        List<Referral> own = x.referrals.find(new ReferralQuery(null, null, "tianshanlu", null, 0, 10)).items();
        assertEquals(List.of(ra.id()), own.stream().map(Referral::id).toList());
        assertEquals(1, x.referrals.find(new ReferralQuery(b.id(), null, null, ReferralStatus.REFERRED, 0, 10))
                .total());
        assertEquals(ReferralStatus.ACCEPTED, x.referrals.get(ra.id()).orElseThrow().status());
        assertField("size", () -> x.referrals.find(new ReferralQuery(null, null, null, null, 0, 201)));
    }

    private int count(String sql) {
        return Integer.parseInt(x.f.query(sql));
    }

    static DoudiException expect(int status, Runnable call) {
        try {
            call.run();
        } catch (DoudiException e) {
            assertEquals(e.getMessage(), status, e.status());
            return e;
        }
        fail("expected " + status);
        return null;
    }

    static void assertField(String field, Runnable call) {
        try {
            call.run();
            fail("expected a violation of " + field);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), field, e.violations().get(0).field());
        }
    }
}
