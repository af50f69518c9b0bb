package org.doudi.registry.internal.needs;

import static org.doudi.api.needs.Grade.HIGH;
import static org.doudi.api.needs.Grade.LOW;
import static org.doudi.api.needs.Grade.MEDIUM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.OverdueVisitQuery;
import org.doudi.api.needs.Visit;
import org.doudi.api.needs.VisitDue;
import org.doudi.api.needs.VisitRequest;
import org.doudi.api.registry.Household;
import org.junit.Test;

/** Visits (走访): the cycle by hardship level, the level changing with a new assessment, overdue lists. */
public class VisitRegistryTest {
    private static final LocalDate OCT_5 = LocalDate.of(2024, 10, 5);
    private final NeedsFixture n = new NeedsFixture();

    @Test
    public void theNextVisitIsDueTheLevelsCycleAfterTheLastVisit() {
        Household high = n.household("tianshanlu");
        Household medium = n.household("tianshanlu");
        Household low = n.household("tianshanlu");
        n.assess(high, "2024-09-01", NeedsFixture.all(HIGH));
        n.assess(medium, "2024-09-01", NeedsFixture.all(MEDIUM));
        n.assess(low, "2024-09-01", NeedsFixture.all(LOW));
        for (Household h : List.of(high, medium, low)) {
            n.visit(h, "advisor-li", "2024-10-05");
        }
        assertEquals(LocalDate.of(2024, 11, 5), due(high, OCT_5).dueOn());
        assertEquals(LocalDate.of(2025, 1, 5), due(medium, OCT_5).dueOn());
        assertEquals(LocalDate.of(2025, 4, 5), due(low, OCT_5).dueOn());
        assertEquals(1, due(high, OCT_5).cycleMonths());
        assertEquals(3, due(medium, OCT_5).cycleMonths());
        assertEquals(6, due(low, OCT_5).cycleMonths());
        VisitDue d = due(high, LocalDate.of(2024, 11, 15));
        assertEquals(10, d.daysOverdue());
        assertTrue(d.overdue());
        assertEquals("advisor-li", d.advisor());
        assertEquals(OCT_5, d.lastVisitedOn());
        assertFalse(due(high, LocalDate.of(2024, 11, 5)).overdue()); // due that day: not yet overdue
    }

    @Test
    public void neverVisitedTheCycleRunsFromTheAssessmentAndANeverAssessedHouseholdHasNone() {
        Household h = n.household("hongqiao");
        assertTrue(n.visits.due(h.id(), null).isEmpty());
        n.assess(h, "2025-01-20", NeedsFixture.all(MEDIUM));
        VisitDue d = n.visits.due(h.id(), null).orElseThrow();
        assertEquals(LocalDate.of(2025, 4, 20), d.dueOn());
        assertNull(d.lastVisitedOn());
        assertNull(d.advisor());
        assertEquals(-20, d.daysOverdue()); // today is 2025-03-31
    }

    @Test
    public void theLevelChangesWithANewAssessment() {
        Household h = n.household("tianshanlu");
        n.assess(h, "2024-09-01", NeedsFixture.all(LOW));
        n.visit(h, "advisor-li", "2024-10-05");
        assertEquals(LocalDate.of(2025, 4, 5), due(h, OCT_5).dueOn());
        assertEquals(LOW, due(h, OCT_5).level());
        n.assess(h, "2024-12-01", NeedsFixture.all(HIGH)); // the household's situation worsened
        VisitDue now = due(h, LocalDate.of(2024, 12, 1));
        assertEquals(HIGH, now.level());
        assertEquals(LocalDate.of(2024, 11, 5), now.dueOn());
        assertEquals(26, now.daysOverdue());
        n.visit(h, "advisor-wang", "2024-12-02");
        assertEquals(LocalDate.of(2025, 1, 2), due(h, LocalDate.of(2024, 12, 2)).dueOn());
    }

    @Test
    public void overdueVisitsPerStreetAndPerAdvisorAtAGivenDate() {
        Household a = n.household("tianshanlu"); // HIGH, visited by li on 2024-10-05: due 2024-11-05
        Household b = n.household("tianshanlu"); // MEDIUM, visited by wang on 2024-10-05: due 2025-01-05
        Household c = n.household("hongqiao"); // HIGH, visited by li on 2024-12-20: due 2025-01-20
        Household d = n.household("hongqiao"); // LOW, never visited, assessed 2024-06-01: due 2024-12-01
        Household e = n.household("hongqiao"); // never assessed: no cycle
        n.assess(a, "2024-09-01", NeedsFixture.all(HIGH));
        n.assess(b, "2024-09-01", NeedsFixture.all(MEDIUM));
        n.assess(c, "2024-09-01", NeedsFixture.all(HIGH));
        n.assess(d, "2024-06-01", NeedsFixture.all(LOW));
        n.visit(a, "advisor-li", "2024-09-10");
        n.visit(a, "advisor-li", "2024-10-05");
        n.visit(b, "advisor-wang", "2024-10-05");
        n.visit(c, "advisor-wang", "2024-11-01");
        n.visit(c, "advisor-li", "2024-12-20");
        n.visit(e, "advisor-li", "2024-01-01");
        LocalDate asOf = LocalDate.of(2025, 1, 10);
        assertEquals(List.of(a.id() + ":66", d.id() + ":40", b.id() + ":5"), overdue(null, null, asOf));
        assertEquals(List.of(a.id() + ":66", b.id() + ":5"), overdue("tianshanlu", null, asOf));
        assertEquals(List.of(d.id() + ":40"), overdue("hongqiao", null, asOf));
        assertEquals(List.of(a.id() + ":66"), overdue(null, "advisor-li", asOf));
        assertEquals(List.of(b.id() + ":5"), overdue("tianshanlu", "advisor-wang", asOf));
        assertEquals(List.of(), overdue("hongqiao", "advisor-wang", asOf));
        assertEquals(List.of(a.id() + ":76", d.id() + ":50", b.id() + ":15"),
                overdue(null, null, LocalDate.of(2025, 1, 20))); // c due that day: not yet overdue
        assertEquals(List.of(a.id() + ":77", d.id() + ":51", b.id() + ":16", c.id() + ":1"),
                overdue(null, null, LocalDate.of(2025, 1, 21)));
        VisitDue first = n.visits.overdue(new OverdueVisitQuery("tianshanlu", null, asOf)).get(0);
        assertEquals("tianshanlu", first.street());
        assertEquals("advisor-li", first.advisor());
        assertEquals(LocalDate.of(2024, 11, 5), first.dueOn());
        assertEquals(4, n.visits.overdue(new OverdueVisitQuery(null, null, null)).size()); // today, 2025-03-31
    }

    @Test
    public void visitsAreRecordedAuditedAndCheckedNamingTheField() {
        Household h = n.household("tianshanlu");
        Visit v = n.visits.record(new VisitRequest(h.id(), " advisor-li ", LocalDate.of(2025, 3, 2), "lives alone",
                List.of("HOSPITAL_ESCORT", " 代购药品 "), "call the daughter"), WriteContext.of("li", "visited"));
        assertEquals("advisor-li", v.advisor());
        assertEquals(List.of("HOSPITAL_ESCORT", "代购药品"), v.services());
        assertEquals("tianshanlu", v.street());
        Visit later = n.visit(h, "advisor-wang", "2025-03-20");
        assertEquals(List.of(later.id(), v.id()), n.visits.history(h.id()).stream().map(Visit::id).toList());
        assertEquals(List.of("HOSPITAL_ESCORT", "代购药品"), n.visits.history(h.id()).get(1).services());
        assertEquals("call the daughter", n.visits.history(h.id()).get(1).followUp());
        assertTrue(n.f.query("SELECT reason FROM audit_event WHERE entity_id = ?", v.id())
                .endsWith("services: HOSPITAL_ESCORT, 代购药品"));
        ValidationException bad = NeedsRegistryTest.invalid(() -> n.visits.record(new VisitRequest(h.id(), " ",
                LocalDate.of(2025, 4, 1), null, Arrays.asList("TUTORING", " "), null), WriteContext.of("li", null)));
        assertEquals(List.of("advisor/required", "visitedOn/notFuture", "findings/required", "services[1]/required"),
                bad.violations().stream().map(x -> x.field() + "/" + x.rule()).toList());
        try {
            n.visits.record(new VisitRequest("no-such-household", "li", LocalDate.of(2025, 3, 1), "x", null, null),
                    WriteContext.of("li", null));
            fail("unknown household accepted");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }

    private VisitDue due(Household h, LocalDate asOf) {
        return n.visits.due(h.id(), asOf).orElseThrow();
    }

    private List<String> overdue(String street, String advisor, LocalDate asOf) {
        return n.visits.overdue(new OverdueVisitQuery(street, advisor, asOf)).stream()
                .map(d -> d.householdId() + ":" + d.daysOverdue()).toList();
    }
}
