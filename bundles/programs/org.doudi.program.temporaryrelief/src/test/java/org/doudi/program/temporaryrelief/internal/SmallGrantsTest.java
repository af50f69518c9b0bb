package org.doudi.program.temporaryrelief.internal;

import static org.doudi.program.temporaryrelief.internal.Fixtures.DISTRICT;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TIANSHAN;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TIANSHAN_OPERATOR;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TODAY;
import static org.doudi.program.temporaryrelief.internal.Fixtures.XINHUA;
import static org.doudi.program.temporaryrelief.internal.Fixtures.XINHUA_OPERATOR;
import static org.doudi.program.temporaryrelief.internal.Fixtures.household;
import static org.doudi.program.temporaryrelief.internal.Fixtures.idNumber;
import static org.doudi.program.temporaryrelief.internal.Fixtures.member;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.junit.Test;

/** Small-amount relief: the cap (G5), no duplicate relief, street scoping and validation. */
public class SmallGrantsTest {
    private static final Household TWO = household("h2", TIANSHAN, member("p1", idNumber(11), "张伟"),
            member("p2", idNumber(12), "李娜"));
    private static final Household ONE = household("h1", TIANSHAN, member("p3", idNumber(13), "王芳"));
    private static final Household THREE = household("h3", XINHUA, member("p4", idNumber(14), "赵强"),
            member("p5", idNumber(15), "赵敏"), member("p6", null, "赵小宝"));
    /** 张伟 has moved out of h2 into his own household. */
    private static final Household MOVED = household("h4", XINHUA, member("p7", idNumber(11), "张伟"));

    private final FakeRecordStore store = new FakeRecordStore();
    private final HouseholdService households = Fixtures.households(TWO, ONE, THREE, MOVED);

    // ---- the cap (G5)

    @Test
    public void g5HouseholdOfTwoIsGrantedOneThousand() {
        SmallGrant g = grants(TODAY).grant(request("h2", "1000.00", EventType.FIRE, TODAY.minusDays(2)), DISTRICT);
        assertEquals(new BigDecimal("1000.00"), g.amount());
        assertEquals(new BigDecimal("1000.00"), g.cap());
        assertEquals(new BigDecimal("500.00"), g.capPerPerson());
        assertEquals(SmallGrants.REVIEW_DUE, g.status());
        assertEquals(LocalDate.of(2024, 10, 31), g.reviewDueOn());
        assertEquals(TODAY, g.grantedOn());
        assertEquals(TIANSHAN, g.street());
        assertEquals(List.of("p1", "p2"), g.membersCovered().stream().map(CoveredMember::personId)
                .collect(Collectors.toList()));
        assertEquals(List.of("SMALL_GRANT_MADE"), store.actions);
        assertEquals(List.of(PersonKeys.ofIdNumber(idNumber(11)), "person:p1", PersonKeys.ofIdNumber(idNumber(12)),
                "person:p2", "household:h2"), store.records.get(0).keys());
    }

    @Test
    public void g5OneFenAboveTheCapIsRefusedAsSmallAmount() {
        ValidationException e = refusal(() -> grants(TODAY).grant(request("h2", "1000.01", EventType.FIRE,
                TODAY.minusDays(2)), DISTRICT));
        FieldViolation v = e.violations().get(0);
        assertEquals("amount", v.field());
        assertEquals("smallAmountCap", v.rule());
        assertEquals("1,000.01 is above the small-amount cap of 1,000.00 (500.00 per person × 2 active members); "
                + "larger relief goes through a normal case: POST /api/cases with programId temporary-relief",
                v.message());
        assertTrue(store.records.isEmpty());
    }

    @Test
    public void onePersonHouseholdCapIsFiveHundred() {
        assertEquals(new BigDecimal("500.00"), grants(TODAY).grant(request("h1", "500", EventType.ILLNESS,
                TODAY), DISTRICT).amount());
        assertEquals("500.01 is above the small-amount cap of 500.00 (500.00 per person × 1 active member); larger "
                + "relief goes through a normal case: POST /api/cases with programId temporary-relief",
                refusal(() -> grants(TODAY).grant(request("h1", "500.01", EventType.FIRE, TODAY), DISTRICT))
                        .violations().get(0).message());
    }

    @Test
    public void threePersonHouseholdCapIsFifteenHundredAndAPersonWithoutIdNumberIsKeyedByPersonId() {
        SmallGrant g = grants(TODAY).grant(request("h3", "1500.00", EventType.DISASTER, TODAY.minusDays(1)),
                DISTRICT);
        assertEquals(new BigDecimal("1500.00"), g.cap());
        assertTrue(store.records.get(0).keys().contains("person:p6"));
        assertEquals("smallAmountCap", refusal(() -> grants(TODAY).grant(request("h3", "1500.01",
                EventType.ACCIDENT, TODAY), DISTRICT)).violations().get(0).rule());
    }

    @Test
    public void membersWhoLeftDoNotCountTowardsTheCap() {
        Household h = household("h5", TIANSHAN, member("p8", idNumber(16), "孙丽"),
                Fixtures.ended(member("p9", idNumber(17), "孙明"), TODAY.minusDays(10)));
        SmallGrants grants = new SmallGrants(store, Fixtures.households(h), Fixtures.parameters(Map.of()), TODAY);
        assertEquals("500.01 is above the small-amount cap of 500.00 (500.00 per person × 1 active member); larger "
                + "relief goes through a normal case: POST /api/cases with programId temporary-relief",
                refusal(() -> grants.grant(request("h5", "500.01", EventType.FIRE, TODAY), DISTRICT)).violations()
                        .get(0).message());
    }

    @Test
    public void theCapIsConfigurationInForceOnTheGrantDay() {
        SmallGrants grants = new SmallGrants(store, households,
                Fixtures.parameters(Map.of("capPerPerson", "2021-07-01:500.00, 2024-10-01:800.00")), TODAY);
        assertEquals(new BigDecimal("1600.00"), grants.grant(request("h2", "1600.00", EventType.FIRE, TODAY),
                DISTRICT).cap());
    }

    // ---- no duplicate relief

    @Test
    public void theSameEventTypeWithinTheWindowIsRefusedNamingTheFirstGrant() {
        SmallGrant first = grants(TODAY).grant(request("h2", "800.00", EventType.FIRE, LocalDate.of(2024, 9, 20)),
                DISTRICT);
        try {
            grants(TODAY).grant(request("h2", "200.00", EventType.FIRE, LocalDate.of(2024, 10, 1)), DISTRICT);
            fail("a second FIRE grant 11 days later must be refused");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
            assertEquals("duplicate-relief", e.type());
            assertEquals("no duplicate relief: 张伟 was already granted small-amount relief for a FIRE event of "
                    + "2024-09-20 by grant " + first.id() + " of 2024-10-01 (the same event type within 30 days of "
                    + "this event of 2024-10-01)", e.getMessage());
        }
        assertEquals(1, store.records.size());
    }

    @Test
    public void theWindowEndsAfterThirtyDays() {
        grants(TODAY).grant(request("h2", "800.00", EventType.FIRE, LocalDate.of(2024, 8, 31)), DISTRICT);
        assertEquals(409, conflict(() -> grants(TODAY).grant(request("h2", "100.00", EventType.FIRE,
                LocalDate.of(2024, 9, 30)), DISTRICT)).status());
        grants(TODAY).grant(request("h2", "100.00", EventType.FIRE, LocalDate.of(2024, 10, 1)), DISTRICT);
        assertEquals(2, store.records.size());
    }

    @Test
    public void theWindowsUpperEdgeIsThirtyDaysAfterTheNewEvent() {
        SmallGrant first = grants(TODAY).grant(request("h2", "800.00", EventType.FIRE, LocalDate.of(2024, 10, 1)),
                DISTRICT);
        DoudiException e = conflict(() -> grants(TODAY).grant(request("h2", "100.00", EventType.FIRE,
                LocalDate.of(2024, 9, 1)), DISTRICT));
        assertEquals(409, e.status());
        assertTrue(e.getMessage(), e.getMessage().contains(first.id()));
        grants(TODAY).grant(request("h2", "100.00", EventType.FIRE, LocalDate.of(2024, 8, 31)), DISTRICT);
        assertEquals(2, store.records.size());
    }

    @Test
    public void oneHouseholdGetsOnePaymentPerEventEvenWhenItsMembersChanged() {
        Household before = household("h6", TIANSHAN, member("p10", idNumber(18), "吴刚"));
        Household after = household("h6", TIANSHAN, Fixtures.ended(member("p10", idNumber(18), "吴刚"),
                TODAY.minusDays(1)), member("p11", idNumber(19), "吴婷"));
        SmallGrant first = new SmallGrants(store, Fixtures.households(before), Fixtures.parameters(Map.of()),
                TODAY.minusDays(3)).grant(request("h6", "500.00", EventType.FIRE, TODAY.minusDays(4)), DISTRICT);
        SmallGrants now = new SmallGrants(store, Fixtures.households(after), Fixtures.parameters(Map.of()), TODAY);
        DoudiException e = conflict(() -> now.grant(request("h6", "500.00", EventType.FIRE, TODAY.minusDays(2)),
                DISTRICT));
        assertEquals(409, e.status());
        assertEquals("duplicate-relief", e.type());
        assertEquals("no duplicate relief: household h6 was already granted small-amount relief for a FIRE event of "
                + "2024-09-27 by grant " + first.id() + " of 2024-09-28 (the same event type within 30 days of this "
                + "event of 2024-09-29)", e.getMessage());
        now.grant(request("h6", "500.00", EventType.ILLNESS, TODAY.minusDays(2)), DISTRICT);
        assertEquals(2, store.records.size());
    }

    @Test
    public void anIdNumberRegisteredAfterTheFirstGrantStillMatchesByPersonId() {
        Household unregistered = household("h7", TIANSHAN, member("p12", null, "钱坤"));
        Household registered = household("h8", XINHUA, member("p12", idNumber(20), "钱坤"));
        SmallGrant first = new SmallGrants(store, Fixtures.households(unregistered), Fixtures.parameters(Map.of()),
                TODAY).grant(request("h7", "500.00", EventType.ACCIDENT, TODAY.minusDays(1)), DISTRICT);
        DoudiException e = conflict(() -> new SmallGrants(store, Fixtures.households(registered),
                Fixtures.parameters(Map.of()), TODAY).grant(request("h8", "500.00", EventType.ACCIDENT, TODAY),
                DISTRICT));
        assertEquals(409, e.status());
        assertTrue(e.getMessage(), e.getMessage().startsWith("no duplicate relief: 钱坤 was already granted")
                && e.getMessage().contains(first.id()));
    }

    @Test
    public void theIdNumberKeyIgnoresCaseAndSurroundingBlanks() {
        String withX = idNumberEndingInX();
        String lower = " " + withX.toLowerCase(java.util.Locale.ROOT) + " ";
        assertEquals(PersonKeys.ofIdNumber(withX), PersonKeys.ofIdNumber(lower));
        Household upperCase = household("h9", TIANSHAN, member("p13", withX, "冯雪"));
        Household lowerCase = household("h10", XINHUA, member("p14", lower, "冯雪"));
        new SmallGrants(store, Fixtures.households(upperCase), Fixtures.parameters(Map.of()), TODAY).grant(
                request("h9", "300.00", EventType.ILLNESS, TODAY), DISTRICT);
        assertEquals(409, conflict(() -> new SmallGrants(store, Fixtures.households(lowerCase),
                Fixtures.parameters(Map.of()), TODAY).grant(request("h10", "300.00", EventType.ILLNESS, TODAY),
                DISTRICT)).status());
    }

    private static String idNumberEndingInX() {
        for (int serial = 100; serial < 1000; serial++) {
            if (idNumber(serial).endsWith("X")) {
                return idNumber(serial);
            }
        }
        throw new AssertionError("no ID number with check character X");
    }

    @Test
    public void anotherEventTypeIsAllowed() {
        grants(TODAY).grant(request("h2", "800.00", EventType.FIRE, LocalDate.of(2024, 9, 20)), DISTRICT);
        grants(TODAY).grant(request("h2", "800.00", EventType.ILLNESS, LocalDate.of(2024, 9, 25)), DISTRICT);
        assertEquals(2, store.records.size());
    }

    @Test
    public void aMemberWhoMovedToAnotherHouseholdIsStillBlocked() {
        SmallGrant first = grants(TODAY).grant(request("h2", "1000.00", EventType.FIRE, LocalDate.of(2024, 9, 28)),
                DISTRICT);
        DoudiException e = conflict(() -> grants(TODAY).grant(request("h4", "500.00", EventType.FIRE,
                LocalDate.of(2024, 9, 28)), DISTRICT));
        assertTrue(e.getMessage(), e.getMessage().contains("张伟 was already granted") && e.getMessage()
                .contains(first.id()));
    }

    // ---- street scoping

    @Test
    public void aStreetOperatorGrantsOnlyInTheirStreet() {
        SmallGrant g = grants(TODAY).grant(request("h2", "100.00", EventType.OTHER, TODAY), TIANSHAN_OPERATOR);
        assertEquals(404, conflict(() -> grants(TODAY).grant(request("h2", "100.00", EventType.FIRE, TODAY),
                XINHUA_OPERATOR)).status());
        assertEquals(404, conflict(() -> grants(TODAY).get(g.id(), XINHUA_OPERATOR)).status());
        assertEquals(g.id(), grants(TODAY).get(g.id(), TIANSHAN_OPERATOR).id());
        assertEquals(0, grants(TODAY).list(null, null, null, false, new Paging(0, 20), XINHUA_OPERATOR).total());
        assertEquals(0, grants(TODAY).list(null, null, TIANSHAN, false, new Paging(0, 20), XINHUA_OPERATOR).total());
        assertEquals(1, grants(TODAY).list(null, null, null, false, new Paging(0, 20), TIANSHAN_OPERATOR).total());
        assertEquals(1, grants(TODAY).list("h2", null, null, false, new Paging(0, 20), DISTRICT).total());
    }

    // ---- validation

    @Test
    public void everyBrokenFieldIsNamed() {
        ValidationException e = refusal(() -> grants(TODAY).grant(new SmallGrantRequest(null, new BigDecimal("0"),
                null, TODAY.plusDays(1), " "), DISTRICT));
        assertEquals(List.of("householdId:required", "amount:positive", "eventType:required", "eventDate:notFuture",
                "reason:required"), fields(e));
        assertEquals(List.of("amount:scale"), fields(refusal(() -> grants(TODAY).grant(request("h2", "10.001",
                EventType.FIRE, TODAY), DISTRICT))));
        assertEquals("must not be after today (2024-10-01), was 2024-10-02", e.violations().get(3).message());
    }

    @Test
    public void anEventOlderThanUrgentEventDaysIsRefusedNamingTheEarliestDay() {
        ValidationException e = refusal(() -> grants(TODAY).grant(request("h2", "100.00", EventType.FIRE,
                LocalDate.of(2024, 7, 2)), DISTRICT));
        assertEquals(List.of("eventDate:tooOld"), fields(e));
        assertEquals("must not be before 2024-07-03 (urgentEventDays: 90 days before today, 2024-10-01), was "
                + "2024-07-02", e.violations().get(0).message());
        grants(TODAY).grant(request("h2", "100.00", EventType.FIRE, LocalDate.of(2024, 7, 3)), DISTRICT);
        SmallGrants shorter = new SmallGrants(store, households,
                Fixtures.parameters(Map.of("urgentEventDays", "2021-07-01:90, 2024-09-01:30")), TODAY);
        assertEquals(List.of("eventDate:tooOld"), fields(refusal(() -> shorter.grant(request("h1", "100.00",
                EventType.ILLNESS, LocalDate.of(2024, 8, 31)), DISTRICT))));
        shorter.grant(request("h1", "100.00", EventType.ILLNESS, LocalDate.of(2024, 9, 1)), DISTRICT);
        assertEquals(2, store.records.size());
    }

    @Test
    public void anUnknownHouseholdIsNotFound() {
        assertEquals(404, conflict(() -> grants(TODAY).grant(request("nope", "10.00", EventType.FIRE, TODAY),
                DISTRICT)).status());
    }

    // ---- helpers

    private SmallGrants grants(LocalDate today) {
        return new SmallGrants(store, households, Fixtures.parameters(Map.of()), today);
    }

    static SmallGrantRequest request(String household, String amount, EventType type, LocalDate eventDate) {
        return new SmallGrantRequest(household, new BigDecimal(amount), type, eventDate, "house fire verified on site");
    }

    static ValidationException refusal(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a refusal (422)");
    }

    static DoudiException conflict(Runnable r) {
        try {
            r.run();
        } catch (DoudiException e) {
            return e;
        }
        throw new AssertionError("expected a DoudiException");
    }

    static List<String> fields(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.rule()).collect(Collectors.toList());
    }
}
