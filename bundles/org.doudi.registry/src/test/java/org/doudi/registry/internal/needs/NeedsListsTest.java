package org.doudi.registry.internal.needs;

import static org.doudi.api.needs.Grade.HIGH;
import static org.doudi.api.needs.Grade.LOW;
import static org.doudi.api.needs.Grade.MEDIUM;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.AdvisorSummary;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.needs.ServiceTally;
import org.doudi.api.needs.VisitRequest;
import org.doudi.api.registry.Household;
import org.junit.Test;

/** Three of the four lists (四张清单) on real SQL: needs, advisors and services. */
public class NeedsListsTest {
    private final NeedsFixture n = new NeedsFixture();

    @Test
    public void theNeedsListShowsCurrentAssessmentsHighestScoreFirst() {
        Household a = n.household("tianshanlu");
        Household b = n.household("tianshanlu");
        Household c = n.household("hongqiao");
        n.assess(a, "2025-01-10", NeedsFixture.all(LOW));
        n.assess(a, "2025-02-10", new NeedsGrades(HIGH, MEDIUM, LOW, LOW, LOW, LOW)); // supersedes: score 9
        n.assess(b, "2025-01-15", NeedsFixture.all(HIGH)); // 18
        n.assess(c, "2025-01-20", NeedsFixture.all(MEDIUM)); // 12
        assertEquals(List.of(b.id() + " 18", c.id() + " 12", a.id() + " 9"), rows(list(null, null)));
        assertEquals(List.of(b.id() + " 18", a.id() + " 9"), rows(list("tianshanlu", null)));
        assertEquals(List.of(b.id() + " 18"), rows(list("tianshanlu", HIGH)));
        assertEquals(List.of(), list("hongqiao", LOW));
    }

    private List<NeedsAssessment> list(String street, Grade level) {
        return n.needs.currentList(street, level, 0, 500).items();
    }

    private static List<String> rows(List<NeedsAssessment> list) {
        return list.stream().map(a -> a.householdId() + " " + a.score()).toList();
    }

    @Test
    public void theAdvisorListCountsVisitsHouseholdsAndOverdueOnes() {
        Household a = n.household("tianshanlu");
        Household b = n.household("tianshanlu");
        Household c = n.household("hongqiao");
        n.assess(a, "2024-09-01", NeedsFixture.all(HIGH)); // monthly
        n.assess(b, "2024-09-01", NeedsFixture.all(LOW)); // half-yearly
        n.assess(c, "2024-09-01", NeedsFixture.all(HIGH));
        n.visit(a, "li", "2024-10-01");
        n.visit(a, "wang", "2024-12-01"); // a's latest is wang's: due 2025-01-01, overdue on 2025-03-31
        n.visit(b, "li", "2025-01-05"); // due 2025-07-05
        n.visit(c, "li", "2025-03-20");
        List<AdvisorSummary> all = n.visits.advisors(null, null);
        assertEquals(List.of(new AdvisorSummary("li", "hongqiao", 1, 1, LocalDate.of(2025, 3, 20), 0),
                new AdvisorSummary("li", "tianshanlu", 1, 2, LocalDate.of(2025, 1, 5), 0),
                new AdvisorSummary("wang", "tianshanlu", 1, 1, LocalDate.of(2024, 12, 1), 1)), all);
        assertEquals(2, n.visits.advisors("tianshanlu", null).size());
        assertEquals(0, n.visits.advisors("tianshanlu", LocalDate.of(2024, 12, 15)).get(1).overdue());
    }

    @Test
    public void theServiceListTalliesServicesInThePeriodMostFrequentFirst() {
        Household a = n.household("tianshanlu");
        Household b = n.household("tianshanlu");
        Household c = n.household("hongqiao");
        visit(a, "2025-01-10", "hospital escort", "tutoring");
        visit(a, "2025-02-10", "hospital escort");
        visit(b, "2025-02-12", "hospital escort", "respite care");
        visit(c, "2025-02-15", "tutoring");
        visit(b, "2024-12-01", "respite care");
        assertEquals(List.of(new ServiceTally("hospital escort", 3, 2), new ServiceTally("tutoring", 2, 2),
                new ServiceTally("respite care", 2, 1)), n.visits.services(null, null, null));
        assertEquals(List.of(new ServiceTally("hospital escort", 3, 2), new ServiceTally("respite care", 1, 1),
                new ServiceTally("tutoring", 1, 1)), n.visits.services("tianshanlu", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 3, 31)));
        assertEquals(List.of(new ServiceTally("tutoring", 1, 1)), n.visits.services("hongqiao", null, null));
        assertEquals(List.of(), n.visits.services(null, LocalDate.of(2025, 3, 1), null));
    }

    private void visit(Household h, String on, String... services) {
        n.visits.record(new VisitRequest(h.id(), "li", LocalDate.parse(on), "seen", List.of(services), null),
                WriteContext.of("li", "visited"));
    }
}
