package org.doudi.registry.internal.needs;

import static org.doudi.api.needs.Grade.HIGH;
import static org.doudi.api.needs.Grade.LOW;
import static org.doudi.api.needs.Grade.MEDIUM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.NeedsAssessmentRequest;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.registry.Household;
import org.junit.Test;

/** Needs assessments (困难画像): grading, score and level, supersession with history, the field checks. */
public class NeedsRegistryTest {
    private final NeedsFixture n = new NeedsFixture();

    @Test
    public void theScoreSumsTheGradesAndTheLevelFollowsTheConfiguredThresholds() {
        NeedsRules rules = NeedsRules.DEFAULTS;
        assertEquals(18, NeedsFixture.all(HIGH).score());
        assertEquals(12, NeedsFixture.all(MEDIUM).score());
        assertEquals(6, NeedsFixture.all(LOW).score());
        assertEquals(HIGH, rules.level(18));
        assertEquals(HIGH, rules.level(13));
        assertEquals(MEDIUM, rules.level(12));
        assertEquals(MEDIUM, rules.level(9));
        assertEquals(LOW, rules.level(8));
        assertEquals(LOW, rules.level(6));
        // three HIGH, three LOW: 12, MEDIUM; one HIGH two MEDIUM three LOW: 10, MEDIUM; two MEDIUM four LOW: 8, LOW
        assertEquals(12, new NeedsGrades(HIGH, HIGH, HIGH, LOW, LOW, LOW).score());
        assertEquals(10, new NeedsGrades(HIGH, MEDIUM, MEDIUM, LOW, LOW, LOW).score());
        assertEquals(LOW, rules.level(new NeedsGrades(MEDIUM, MEDIUM, LOW, LOW, LOW, LOW).score()));
        assertEquals(HIGH, new NeedsRules(10, 8, 1, 3, 6).level(10));
        try {
            new NeedsRules(9, 9, 1, 3, 6);
            fail("equal thresholds accepted");
        } catch (IllegalArgumentException expected) {
            // a misconfiguration is refused (and logged, the previous rules kept)
        }
    }

    @Test
    public void aNewAssessmentSupersedesThePreviousOneAndTheHistoryIsKept() {
        Household h = n.household("tianshanlu");
        NeedsAssessment first = n.assess(h, "2024-09-01", new NeedsGrades(HIGH, HIGH, HIGH, HIGH, MEDIUM, LOW));
        assertEquals(15, first.score());
        assertEquals(HIGH, first.level());
        assertTrue(first.current());
        assertEquals("tianshanlu", first.street());
        NeedsAssessment second = n.assess(h, "2025-01-10", new NeedsGrades(LOW, MEDIUM, LOW, LOW, LOW, LOW));
        assertEquals(7, second.score());
        assertEquals(LOW, second.level());
        List<NeedsAssessment> history = n.needs.history(h.id());
        assertEquals(List.of(second.id(), first.id()), history.stream().map(NeedsAssessment::id).toList());
        assertTrue(history.get(0).current());
        assertFalse(history.get(1).current());
        assertEquals(second.id(), history.get(1).supersededBy());
        assertEquals(second.id(), n.needs.current(h.id()).orElseThrow().id());
        NeedsAssessment sameDay = n.assess(h, "2025-01-10", NeedsFixture.all(MEDIUM));
        assertEquals(List.of(sameDay.id(), second.id(), first.id()),
                n.needs.history(h.id()).stream().map(NeedsAssessment::id).toList());
        assertEquals("3", n.f.query("SELECT COUNT(*) FROM audit_event WHERE event_action = 'NEEDS_ASSESSED'"));
        assertEquals("2", n.f.query("SELECT COUNT(*) FROM audit_event"
                + " WHERE event_action = 'NEEDS_ASSESSMENT_SUPERSEDED'"));
        assertTrue(n.f.query("SELECT reason FROM audit_event WHERE entity_id = ? AND event_action = 'NEEDS_ASSESSED'",
                second.id()).contains("score 7, level LOW"));
        assertTrue(n.needs.history("no-such-household").isEmpty());
    }

    @Test
    public void badInputIsRefusedNamingTheField() {
        Household h = n.household("hongqiao");
        ValidationException empty = invalid(() -> n.needs.assess(new NeedsAssessmentRequest(h.id(),
                LocalDate.of(2025, 4, 1), new NeedsGrades(HIGH, null, LOW, LOW, null, LOW), "x".repeat(1001)),
                WriteContext.of("a", null)));
        assertEquals(List.of("assessedOn/notFuture", "grades.health/required", "grades.socialSupport/required",
                "note/length"), empty.violations().stream().map(v -> v.field() + "/" + v.rule()).toList());
        assertEquals("grades", invalid(() -> n.needs.assess(new NeedsAssessmentRequest(h.id(),
                LocalDate.of(2025, 3, 1), null, null), WriteContext.of("a", null))).violations().get(0).field());
        n.assess(h, "2025-03-01", NeedsFixture.all(LOW));
        ValidationException earlier = invalid(() -> n.assess(h, "2025-02-01", NeedsFixture.all(HIGH)));
        assertEquals("assessedOn/order", earlier.violations().get(0).field() + "/" + earlier.violations().get(0).rule());
        try {
            n.needs.assess(new NeedsAssessmentRequest("no-such-household", LocalDate.of(2025, 3, 1),
                    NeedsFixture.all(Grade.LOW), null), WriteContext.of("a", null));
            fail("unknown household accepted");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }

    static ValidationException invalid(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("no validation failure");
    }
}
