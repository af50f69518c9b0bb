package org.doudi.program.temporaryrelief.internal;

import static org.doudi.program.temporaryrelief.internal.Fixtures.DISTRICT;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TIANSHAN;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TODAY;
import static org.doudi.program.temporaryrelief.internal.Fixtures.household;
import static org.doudi.program.temporaryrelief.internal.Fixtures.idNumber;
import static org.doudi.program.temporaryrelief.internal.Fixtures.member;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.conflict;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.fields;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.refusal;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.request;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.registry.HouseholdService;
import org.junit.Test;

/** The follow-up review (民主评议, 一事一议) of a small grant: due day, overdue list, recorded once. */
public class SmallGrantReviewTest {
    private final FakeRecordStore store = new FakeRecordStore();
    private final HouseholdService households = Fixtures.households(household("h2", TIANSHAN,
            member("p1", idNumber(11), "张伟"), member("p2", idNumber(12), "李娜")));

    @Test
    public void theReviewIsDueThirtyDaysAfterTheGrantAndOverdueFromTheDayAfter() {
        SmallGrant g = grants(TODAY).grant(request("h2", "600.00", EventType.FIRE, TODAY), DISTRICT);
        assertEquals(LocalDate.of(2024, 10, 31), g.reviewDueOn());
        assertFalse(grants(LocalDate.of(2024, 10, 31)).get(g.id(), DISTRICT).overdue());
        assertEquals(0, overdue(LocalDate.of(2024, 10, 31)));
        assertTrue(grants(LocalDate.of(2024, 11, 1)).get(g.id(), DISTRICT).overdue());
        assertEquals(1, overdue(LocalDate.of(2024, 11, 1)));
    }

    @Test
    public void aReviewedGrantIsNoLongerOverdueAndCannotBeReviewedTwice() {
        SmallGrant g = grants(TODAY).grant(request("h2", "600.00", EventType.FIRE, TODAY), DISTRICT);
        LocalDate later = LocalDate.of(2024, 11, 5);
        SmallGrant reviewed = grants(later).review(g.id(), new ReviewRequest(LocalDate.of(2024, 11, 4),
                ReviewMethod.DEMOCRATIC_APPRAISAL, ReviewOutcome.CONFIRMED, "residents' representatives agreed", null),
                DISTRICT);
        assertEquals(SmallGrants.REVIEWED, reviewed.status());
        assertFalse(reviewed.overdue());
        assertEquals(ReviewOutcome.CONFIRMED, reviewed.review().outcome());
        assertEquals("staff-wang", reviewed.review().recordedBy());
        assertEquals(2, reviewed.version());
        assertEquals(0, overdue(later));
        DoudiException second = conflict(() -> grants(later).review(g.id(), new ReviewRequest(later,
                ReviewMethod.CASE_BY_CASE, ReviewOutcome.REVOKED, null, null), DISTRICT));
        assertEquals(409, second.status());
        assertEquals("small grant " + g.id() + " was already reviewed on 2024-11-04 (DEMOCRATIC_APPRAISAL, "
                + "CONFIRMED); a grant is reviewed once", second.getMessage());
        assertEquals(List.of("SMALL_GRANT_MADE", "SMALL_GRANT_REVIEWED"), store.actions);
    }

    @Test
    public void aRevisedGrantNamesItsAmountAndStandsAtIt() {
        SmallGrant g = grants(TODAY).grant(request("h2", "600.00", EventType.FIRE, TODAY), DISTRICT);
        assertEquals(new BigDecimal("600.00"), g.grantedAmount());
        assertEquals(List.of("revisedAmount:required"), fields(refusal(() -> grants(TODAY).review(g.id(),
                new ReviewRequest(TODAY, ReviewMethod.CASE_BY_CASE, ReviewOutcome.REVISED, null, null), DISTRICT))));
        assertEquals(List.of("revisedAmount:onlyWhenRevised"), fields(refusal(() -> grants(TODAY).review(g.id(),
                new ReviewRequest(TODAY, ReviewMethod.CASE_BY_CASE, ReviewOutcome.CONFIRMED, null,
                        new BigDecimal("100.00")), DISTRICT))));
        SmallGrant revised = grants(TODAY).review(g.id(), new ReviewRequest(TODAY, ReviewMethod.CASE_BY_CASE,
                ReviewOutcome.REVISED, "one member was covered elsewhere", new BigDecimal("400")), DISTRICT);
        assertEquals(new BigDecimal("400.00"), revised.review().revisedAmount());
        assertEquals(new BigDecimal("400.00"), revised.amount());
        assertEquals(new BigDecimal("600.00"), revised.grantedAmount());
        assertEquals(new BigDecimal("400.00"), store.records.get(0).amount());
        assertEquals(new BigDecimal("600.00"), RecordBodies.read(store.records.get(0).body(), SmallGrantBody.class)
                .grantedAmount());
        SmallGrant read = grants(TODAY).get(g.id(), DISTRICT);
        assertEquals(new BigDecimal("400.00"), read.amount());
        assertEquals(new BigDecimal("600.00"), read.grantedAmount());
    }

    @Test
    public void aReviewCanOnlyLowerOrConfirmTheAmountGranted() {
        SmallGrant g = grants(TODAY).grant(request("h2", "600.00", EventType.FIRE, TODAY), DISTRICT);
        ValidationException above = refusal(() -> grants(TODAY).review(g.id(), new ReviewRequest(TODAY,
                ReviewMethod.CASE_BY_CASE, ReviewOutcome.REVISED, null, new BigDecimal("600.01")), DISTRICT));
        assertEquals(List.of("revisedAmount:aboveGranted"), fields(above));
        assertEquals("600.01 is above the amount granted, 600.00; a review can only lower the grant or confirm it",
                above.violations().get(0).message());
        assertEquals(List.of("revisedAmount:aboveGranted"), fields(refusal(() -> grants(TODAY).review(g.id(),
                new ReviewRequest(TODAY, ReviewMethod.CASE_BY_CASE, ReviewOutcome.REVISED, null,
                        new BigDecimal("1000.00")), DISTRICT))));
        assertEquals(SmallGrants.REVIEW_DUE, store.records.get(0).status());
        SmallGrant same = grants(TODAY).review(g.id(), new ReviewRequest(TODAY, ReviewMethod.CASE_BY_CASE,
                ReviewOutcome.REVISED, "kept", new BigDecimal("600.00")), DISTRICT);
        assertEquals(new BigDecimal("600.00"), same.amount());
    }

    @Test
    public void theReviewFollowsTheGrantAndIsNotInTheFuture() {
        SmallGrant g = grants(TODAY).grant(request("h2", "600.00", EventType.FIRE, TODAY.minusDays(3)), DISTRICT);
        assertEquals(List.of("heldOn:afterGrant", "method:required", "outcome:required"), fields(refusal(() ->
                grants(TODAY).review(g.id(), new ReviewRequest(TODAY.minusDays(1), null, null, null, null),
                        DISTRICT))));
        assertEquals(List.of("heldOn:notFuture"), fields(refusal(() -> grants(TODAY).review(g.id(),
                new ReviewRequest(TODAY.plusDays(1), ReviewMethod.CASE_BY_CASE, ReviewOutcome.CONFIRMED, null, null),
                DISTRICT))));
    }

    @Test
    public void overdueListingsTakeOnlyDueGrants() {
        assertEquals("overdueStatus", refusal(() -> grants(TODAY).list(null, SmallGrants.REVIEWED, null, true,
                new Paging(0, 20), DISTRICT)).violations().get(0).rule());
    }

    private long overdue(LocalDate today) {
        return grants(today).list(null, null, null, true, new Paging(0, 20), DISTRICT).total();
    }

    private SmallGrants grants(LocalDate today) {
        return new SmallGrants(store, households, Fixtures.parameters(Map.of()), today);
    }
}
