package org.doudi.registry.internal.needs;

import static org.doudi.api.needs.Grade.HIGH;
import static org.doudi.api.needs.Grade.LOW;
import static org.doudi.api.needs.Grade.MEDIUM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.Page;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.ServiceTally;
import org.doudi.api.needs.VisitRequest;
import org.doudi.api.registry.Household;
import org.junit.Test;

/** The review's findings on the lists: the needs list in pages, the service list by the household's street now. */
public class NeedsReviewTest {
    private final NeedsFixture n = new NeedsFixture();

    @Test
    public void theNeedsListComesInPagesWithTheTotal() {
        Household a = n.household("tianshanlu");
        Household b = n.household("tianshanlu");
        Household c = n.household("hongqiao");
        n.assess(a, "2025-01-10", NeedsFixture.all(LOW));
        n.assess(b, "2025-01-15", NeedsFixture.all(HIGH));
        n.assess(c, "2025-01-20", NeedsFixture.all(MEDIUM));
        Page<NeedsAssessment> first = n.needs.currentList(null, null, 0, 2);
        assertEquals(3, first.total());
        assertEquals(List.of(b.id(), c.id()), first.items().stream().map(NeedsAssessment::householdId).toList());
        Page<NeedsAssessment> second = n.needs.currentList(null, null, 1, 2);
        assertEquals(List.of(a.id()), second.items().stream().map(NeedsAssessment::householdId).toList());
        assertEquals(3, second.total());
        assertEquals(2, n.needs.currentList("tianshanlu", null, 0, 500).total());
        assertField("size", () -> n.needs.currentList(null, null, 0, 501));
        assertField("size", () -> n.needs.currentList(null, null, 0, 0));
        assertField("page", () -> n.needs.currentList(null, null, -1, 10));
        assertField("page", () -> n.needs.currentList(null, null, Integer.MAX_VALUE, 500));
    }

    @Test
    public void theServiceListCountsVisitsForTheHouseholdsStreetNow() {
        Household moved = n.household("tianshanlu");
        Household stayed = n.household("tianshanlu");
        visit(moved, "2025-01-10", "hospital escort");
        visit(stayed, "2025-01-12", "tutoring");
        n.f.sql("UPDATE household SET street = 'hongqiao' WHERE id = ?", moved.id());
        assertEquals(List.of(new ServiceTally("hospital escort", 1, 1)), n.visits.services("hongqiao", null, null));
        assertEquals(List.of(new ServiceTally("tutoring", 1, 1)), n.visits.services("tianshanlu", null, null));
        assertEquals(2, n.visits.services(null, null, null).size());
    }

    private void visit(Household h, String on, String service) {
        n.visits.record(new VisitRequest(h.id(), "li", LocalDate.parse(on), "seen", List.of(service), null),
                WriteContext.of("li", "visited"));
    }

    private static void assertField(String field, Runnable call) {
        try {
            call.run();
            fail("expected a violation of " + field);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), field, e.violations().get(0).field());
        }
    }
}
