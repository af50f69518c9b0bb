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
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.conflict;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.fields;
import static org.doudi.program.temporaryrelief.internal.SmallGrantsTest.refusal;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.registry.HouseholdService;
import org.junit.Test;

/** One household, one plan (一户一策). */
public class HelpPlansTest {
    private final FakeRecordStore store = new FakeRecordStore();
    private final HouseholdService households = Fixtures.households(
            household("h1", TIANSHAN, member("p1", idNumber(31), "陈静")),
            household("h2", TIANSHAN, member("p2", idNumber(32), "周杰")));

    @Test
    public void aHouseholdHasOnePlanAndASecondCreationIsRefused() {
        HelpPlans.Written w = plans(TODAY).put("h1", null, plan(LocalDate.of(2024, 10, 15), null), TIANSHAN_OPERATOR);
        assertTrue(w.created());
        assertEquals(1, w.plan().version());
        assertEquals(HelpPlans.OPEN, w.plan().status());
        assertEquals(LocalDate.of(2024, 10, 15), w.plan().nextDue());
        DoudiException second = conflict(() -> plans(TODAY).put("h1", null, plan(LocalDate.of(2024, 10, 20), null),
                DISTRICT));
        assertEquals(409, second.status());
        assertEquals("household h1 already has help plan " + w.plan().id() + " (version 1): one household, one plan; "
                + "change it with PUT and If-Match: \"1\"", second.getMessage());
        assertEquals(1, store.records.size());
        assertTrue(plans(TODAY).put("h2", null, plan(LocalDate.of(2024, 10, 15), null), DISTRICT).created());
    }

    @Test
    public void aChangeNamesTheVersionItWasBasedOn() {
        plans(TODAY).put("h1", null, plan(LocalDate.of(2024, 10, 15), null), DISTRICT);
        HelpPlans.Written changed = plans(TODAY).put("h1", 1L, plan(LocalDate.of(2024, 10, 15), TODAY), DISTRICT);
        assertFalse(changed.created());
        assertEquals(2, changed.plan().version());
        assertEquals(HelpPlans.DONE, changed.plan().status());
        assertEquals(412, conflict(() -> plans(TODAY).put("h1", 1L, plan(LocalDate.of(2024, 10, 15), null),
                DISTRICT)).status());
        assertEquals(404, conflict(() -> plans(TODAY).put("h2", 1L, plan(LocalDate.of(2024, 10, 15), null),
                DISTRICT)).status());
        assertEquals(List.of("HELP_PLAN_CREATED", "HELP_PLAN_CHANGED"), store.actions);
    }

    @Test
    public void planActionsPastDueAndNotDoneAreOverdue() {
        plans(TODAY).put("h1", null, plan(LocalDate.of(2024, 10, 15), null), DISTRICT);
        plans(TODAY).put("h2", null, plan(LocalDate.of(2024, 10, 20), null), DISTRICT);
        LocalDate later = LocalDate.of(2024, 10, 16);
        assertEquals(1, plans(later).list(null, true, new Paging(0, 20), DISTRICT).total());
        assertTrue(plans(later).get("h1", DISTRICT).overdue());
        assertFalse(plans(later).get("h2", DISTRICT).overdue());
        assertEquals(0, plans(TODAY).list(null, true, new Paging(0, 20), DISTRICT).total());
        assertEquals(2, plans(later).list(TIANSHAN, false, new Paging(0, 20), TIANSHAN_OPERATOR).total());
    }

    @Test
    public void anotherStreetsHouseholdIsNotFound() {
        plans(TODAY).put("h1", null, plan(LocalDate.of(2024, 10, 15), null), DISTRICT);
        assertEquals(404, conflict(() -> plans(TODAY).get("h1", XINHUA_OPERATOR)).status());
        assertEquals(404, conflict(() -> plans(TODAY).put("h1", 1L, plan(LocalDate.of(2024, 10, 15), null),
                XINHUA_OPERATOR)).status());
        assertEquals(0, plans(TODAY).list(null, false, new Paging(0, 20), XINHUA_OPERATOR).total());
    }

    @Test
    public void aPlanFollowsItsHouseholdToTheNewStreet() {
        plans(TODAY).put("h1", null, plan(LocalDate.of(2024, 10, 15), null), TIANSHAN_OPERATOR);
        assertEquals(TIANSHAN, store.records.get(0).street());
        HelpPlans moved = new HelpPlans(store, Fixtures.households(household("h1", XINHUA,
                member("p1", idNumber(31), "陈静")), household("h2", TIANSHAN, member("p2", idNumber(32), "周杰"))),
                TODAY);
        Paging all = new Paging(0, 20);
        assertEquals(0, moved.list(null, false, all, TIANSHAN_OPERATOR).total());
        assertEquals(0, moved.list(TIANSHAN, false, all, DISTRICT).total());
        assertEquals(404, conflict(() -> moved.get("h1", TIANSHAN_OPERATOR)).status());
        Page<HelpPlan> seen = moved.list(null, false, all, XINHUA_OPERATOR);
        assertEquals(1, seen.total());
        assertEquals(XINHUA, seen.items().get(0).street());
        assertEquals(1, moved.list(XINHUA, false, all, DISTRICT).total());
        assertEquals(XINHUA, moved.get("h1", XINHUA_OPERATOR).street());
        HelpPlans.Written w = moved.put("h1", 1L, plan(LocalDate.of(2024, 10, 20), null), XINHUA_OPERATOR);
        assertEquals(XINHUA, w.plan().street());
        assertEquals(XINHUA, store.records.get(0).street());
        assertEquals(404, conflict(() -> moved.put("h1", 2L, plan(LocalDate.of(2024, 10, 20), null),
                TIANSHAN_OPERATOR)).status());
    }

    @Test
    public void listingsPageOverThePlansTheCallerSees() {
        plans(TODAY).put("h1", null, plan(LocalDate.of(2024, 10, 15), null), DISTRICT);
        plans(TODAY).put("h2", null, plan(LocalDate.of(2024, 10, 15), null), DISTRICT);
        Page<HelpPlan> second = plans(TODAY).list(null, false, new Paging(1, 1), TIANSHAN_OPERATOR);
        assertEquals(2, second.total());
        assertEquals(List.of("h2"), second.items().stream().map(HelpPlan::householdId).toList());
        assertEquals(0, plans(TODAY).list(null, false, new Paging(2, 1), TIANSHAN_OPERATOR).items().size());
    }

    @Test
    public void brokenFieldsAreNamed() {
        assertEquals(List.of("goal:required", "actions[0].owner:required", "actions[0].due:required",
                "actions[1].action:required", "actions[1].doneOn:notFuture"), fields(refusal(() -> plans(TODAY).put(
                "h1", null, new PlanRequest(null, List.of(new PlanAction("apply for medical relief", " ", null, null,
                        null), new PlanAction(null, "李", TODAY, null, TODAY.plusDays(1)))), DISTRICT))));
        assertEquals(List.of("actions:required"), fields(refusal(() -> plans(TODAY).put("h1", null,
                new PlanRequest("stabilise", List.of()), DISTRICT))));
    }

    private HelpPlans plans(LocalDate today) {
        return new HelpPlans(store, households, today);
    }

    private static PlanRequest plan(LocalDate due, LocalDate doneOn) {
        return new PlanRequest("get the household through the winter", List.of(
                new PlanAction("apply for medical relief", "street operator 李", due, doneOn == null ? null : "granted",
                        doneOn)));
    }
}
