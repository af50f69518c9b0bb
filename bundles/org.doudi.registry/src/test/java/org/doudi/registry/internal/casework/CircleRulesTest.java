package org.doudi.registry.internal.casework;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.Circle;
import org.doudi.api.casework.CirclePlacement;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IdentityTags;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.registry.internal.casework.CircleRules.CaseFact;
import org.doudi.registry.internal.casework.CircleRules.EnrolmentFact;
import org.junit.Test;

public class CircleRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
    private static final LocalDate WINDOW_START = AS_OF.minusYears(2);

    private static IdentityTag tag(String code, LocalDate since) {
        return new IdentityTag(code, "test", since);
    }

    private static Member member(String personId, IdentityTag... tags) {
        return new Member(personId, null, true, "name " + personId, Relation.HEAD, null, null, true, null, null,
                null, null, null, null, null, Arrays.asList(tags), null, null);
    }

    private static Household household(Member... members) {
        return new Household("H", "tianshanlu", null, null, null, "a", "b", new ArrayList<>(Arrays.asList(members)),
                List.of(), List.of(), List.of(), members.length, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, false, false, false, AS_OF, 1L, null, null, null);
    }

    private static CirclePlacement only(Member m, List<EnrolmentFact> enrolments, List<CaseFact> cases) {
        List<CirclePlacement> placed = CircleRules.place(household(m), enrolments, cases, AS_OF);
        assertEquals(1, placed.size());
        assertEquals(m.personId(), placed.get(0).personId());
        return placed.get(0);
    }

    private static CirclePlacement withTags(IdentityTag... tags) {
        return only(member("P", tags), List.of(), List.of());
    }

    private static CirclePlacement withEnrolment(EnrolmentFact e) {
        return only(member("P"), List.of(e), List.of());
    }

    private static CirclePlacement withCase(CaseFact c) {
        return only(member("P"), List.of(), List.of(c));
    }

    // --- no facts ---

    @Test
    public void noFactsNoCircle() {
        CirclePlacement p = withTags();
        assertNull(p.circle());
        assertEquals("no circle applies", p.reason());
    }

    @Test
    public void unrelatedFactsNoCircle() {
        CirclePlacement p = only(member("P", tag(IdentityTags.HAS_ABLE_SUPPORTER, null)),
                List.of(new EnrolmentFact("some-other", EnrolmentStatus.ACTIVE, null, AS_OF.minusDays(3))),
                List.of(new CaseFact(CircleRules.DIBAO, CaseStatus.WITHDRAWN, AS_OF.minusDays(3)),
                        new CaseFact(CircleRules.DIBAO, CaseStatus.UNDER_REVIEW, null),
                        new CaseFact(CircleRules.DIBAO, CaseStatus.GRANTED, AS_OF.minusDays(3))));
        assertNull(p.circle());
    }

    @Test
    public void circleNumbers() {
        assertEquals(1, Circle.COVERED.number());
        assertEquals(2, Circle.COVERED_NEEDING_HELP.number());
        assertEquals(3, Circle.POLICY_EDGE.number());
        assertEquals(4, Circle.WATCH.number());
        for (Circle c : Circle.values()) {
            assertEquals(c, Circle.of(c.number()));
        }
    }

    // --- circle 1 ---

    @Test
    public void circle1ByEachProgram() {
        for (String program : CircleRules.CIRCLE_1_PROGRAMS) {
            CirclePlacement p = withEnrolment(new EnrolmentFact(program, EnrolmentStatus.ACTIVE, null,
                    LocalDate.of(2020, 1, 1)));
            assertEquals(program, Circle.COVERED, p.circle());
            assertEquals("enrolled in " + program + " (ACTIVE since 2020-01-01)", p.reason());
        }
    }

    @Test
    public void circle1ByEachTag() {
        for (String t : CircleRules.CIRCLE_1_TAGS) {
            CirclePlacement p = withTags(tag(t, LocalDate.of(2024, 3, 1)));
            assertEquals(t, Circle.COVERED, p.circle());
            assertEquals("tag " + t + " since 2024-03-01", p.reason());
        }
        assertEquals(Circle.COVERED, withTags(tag(IdentityTags.SCATTERED_ORPHAN, null)).circle());
    }

    @Test
    public void suspendedCountsForCircle1() {
        CirclePlacement p = withEnrolment(new EnrolmentFact(CircleRules.DIBAO, EnrolmentStatus.SUSPENDED,
                TerminationReason.PENDING_VERIFICATION, LocalDate.of(2024, 9, 1)));
        assertEquals(Circle.COVERED, p.circle());
        assertEquals("enrolled in dibao (SUSPENDED since 2024-09-01 for PENDING_VERIFICATION)", p.reason());
    }

    @Test
    public void terminatedDoesNotCountForCircle1() {
        // terminated long ago: out of circle 1 and out of the circle-3 window too
        CirclePlacement p = withEnrolment(new EnrolmentFact(CircleRules.DIBAO, EnrolmentStatus.TERMINATED,
                TerminationReason.INELIGIBLE, LocalDate.of(2020, 1, 1)));
        assertNull(p.circle());
        // disability-subsidy is not a circle-3 program: terminated recently, still in no circle
        p = withEnrolment(new EnrolmentFact(CircleRules.DISABILITY_SUBSIDY, EnrolmentStatus.TERMINATED,
                TerminationReason.INELIGIBLE, AS_OF.minusDays(10)));
        assertNull(p.circle());
    }

    @Test
    public void aPersonLevelEnrolmentPlacesOnlyTheMembersItCovers() {
        List<CirclePlacement> placed = CircleRules.place(household(member("A"), member("B")),
                List.of(new EnrolmentFact(CircleRules.SPECIAL_HARDSHIP, EnrolmentStatus.ACTIVE, null,
                        LocalDate.of(2024, 1, 1), java.util.Set.of("A"))), List.of(), AS_OF);
        assertEquals(Circle.COVERED, placed.get(0).circle());
        assertEquals(null, placed.get(1).circle());
    }

    @Test
    public void householdEnrolmentPlacesEveryActiveMemberButNotEndedOnes() {
        Member a = member("A");
        Member b = member("B");
        Member gone = member("C").ended(LocalDate.of(2024, 5, 1), EndReason.MOVED_OUT);
        Member leavingLater = member("D").ended(AS_OF.plusDays(1), EndReason.MOVED_OUT);
        Member leftToday = member("E").ended(AS_OF, EndReason.MOVED_OUT);
        List<CirclePlacement> placed = CircleRules.place(household(a, gone, b, leavingLater, leftToday),
                List.of(new EnrolmentFact(CircleRules.DIBAO, EnrolmentStatus.ACTIVE, null, LocalDate.of(2024, 1, 1))),
                List.of(), AS_OF);
        assertEquals(3, placed.size());
        assertEquals("A", placed.get(0).personId());
        assertEquals("B", placed.get(1).personId());
        assertEquals("D", placed.get(2).personId());
        for (CirclePlacement p : placed) {
            assertEquals(Circle.COVERED, p.circle());
        }
    }

    @Test
    public void tagPlacesOnlyItsCarrier() {
        List<CirclePlacement> placed = CircleRules.place(
                household(member("A", tag(IdentityTags.CHILD_IN_DIFFICULTY, LocalDate.of(2024, 1, 1))), member("B")),
                List.of(), List.of(), AS_OF);
        assertEquals(Circle.COVERED, placed.get(0).circle());
        assertNull(placed.get(1).circle());
    }

    @Test
    public void enrolmentWhoseStatusStartsAfterAsOfIsIgnored() {
        assertNull(withEnrolment(new EnrolmentFact(CircleRules.DIBAO, EnrolmentStatus.ACTIVE, null,
                AS_OF.plusDays(1))).circle());
        assertEquals(Circle.COVERED, withEnrolment(new EnrolmentFact(CircleRules.DIBAO, EnrolmentStatus.ACTIVE, null,
                AS_OF)).circle());
    }

    // --- circle 2 ---

    @Test
    public void circle2ByEachSpecialAssistanceTag() {
        for (String t : CircleRules.CIRCLE_2_TAGS) {
            CirclePlacement p = withTags(tag(t, LocalDate.of(2019, 6, 1)));
            assertEquals(t, Circle.COVERED_NEEDING_HELP, p.circle());
            assertEquals("tag " + t + " since 2019-06-01", p.reason());
        }
    }

    @Test
    public void circle2ByGrantedTemporaryRelief() {
        CirclePlacement p = withCase(new CaseFact(CircleRules.TEMPORARY_RELIEF, CaseStatus.GRANTED,
                LocalDate.of(2023, 5, 10)));
        assertEquals(Circle.COVERED_NEEDING_HELP, p.circle());
        assertEquals("granted temporary-relief on 2023-05-10 (within two years of 2024-10-01)", p.reason());
    }

    @Test
    public void circle2TwoYearBoundaryForCases() {
        assertEquals(Circle.COVERED_NEEDING_HELP, withCase(new CaseFact(CircleRules.TEMPORARY_RELIEF,
                CaseStatus.GRANTED, WINDOW_START)).circle());
        assertNull(withCase(new CaseFact(CircleRules.TEMPORARY_RELIEF, CaseStatus.GRANTED,
                WINDOW_START.minusDays(1))).circle());
        assertEquals(Circle.COVERED_NEEDING_HELP, withCase(new CaseFact(CircleRules.TEMPORARY_RELIEF,
                CaseStatus.GRANTED, AS_OF)).circle());
        assertNull(withCase(new CaseFact(CircleRules.TEMPORARY_RELIEF, CaseStatus.GRANTED,
                AS_OF.plusDays(1))).circle());
    }

    @Test
    public void circle2ByTemporaryReliefEnrolment() {
        CirclePlacement p = withEnrolment(new EnrolmentFact(CircleRules.TEMPORARY_RELIEF, EnrolmentStatus.TERMINATED,
                TerminationReason.WITHDRAWN, WINDOW_START));
        assertEquals(Circle.COVERED_NEEDING_HELP, p.circle());
        assertEquals("temporary-relief enrolment TERMINATED since 2022-10-01 for WITHDRAWN"
                + " (within two years of 2024-10-01)", p.reason());
        assertNull(withEnrolment(new EnrolmentFact(CircleRules.TEMPORARY_RELIEF, EnrolmentStatus.TERMINATED,
                TerminationReason.WITHDRAWN, WINDOW_START.minusDays(1))).circle());
        assertNull(withEnrolment(new EnrolmentFact(CircleRules.TEMPORARY_RELIEF, EnrolmentStatus.TERMINATED,
                TerminationReason.WITHDRAWN, AS_OF.plusDays(1))).circle());
    }

    @Test
    public void stillActiveTemporaryReliefCountsWhateverItsStart() {
        CirclePlacement p = withEnrolment(new EnrolmentFact(CircleRules.TEMPORARY_RELIEF, EnrolmentStatus.ACTIVE,
                null, LocalDate.of(2021, 1, 1)));
        assertEquals(Circle.COVERED_NEEDING_HELP, p.circle());
        assertEquals("receiving temporary-relief (ACTIVE since 2021-01-01)", p.reason());
    }

    @Test
    public void circle2ByTemporaryReliefTagInTheWindow() {
        CirclePlacement p = withTags(tag(CircleRules.TEMPORARY_RELIEF_TAG, WINDOW_START));
        assertEquals(Circle.COVERED_NEEDING_HELP, p.circle());
        assertEquals("tag TEMPORARY_RELIEF since 2022-10-01 (within two years of 2024-10-01)", p.reason());
        assertNull(withTags(tag(CircleRules.TEMPORARY_RELIEF_TAG, WINDOW_START.minusDays(1))).circle());
        assertNull(withTags(tag(CircleRules.TEMPORARY_RELIEF_TAG, AS_OF.plusDays(1))).circle());
        assertNull(withTags(tag(CircleRules.TEMPORARY_RELIEF_TAG, null)).circle());
    }

    // --- circle 3 ---

    @Test
    public void circle3ByRefusal() {
        for (String program : CircleRules.CIRCLE_3_PROGRAMS) {
            CirclePlacement p = withCase(new CaseFact(program, CaseStatus.REFUSED, LocalDate.of(2023, 5, 10)));
            assertEquals(program, Circle.POLICY_EDGE, p.circle());
            assertEquals("refused " + program + " on 2023-05-10 (within two years of 2024-10-01)", p.reason());
        }
        assertNull(withCase(new CaseFact(CircleRules.DISABILITY_SUBSIDY, CaseStatus.REFUSED,
                LocalDate.of(2023, 5, 10))).circle());
    }

    @Test
    public void circle3ByTermination() {
        CirclePlacement p = withEnrolment(new EnrolmentFact(CircleRules.DIBAO_EDGE, EnrolmentStatus.TERMINATED,
                TerminationReason.INELIGIBLE, LocalDate.of(2024, 2, 29)));
        assertEquals(Circle.POLICY_EDGE, p.circle());
        assertEquals("terminated from dibao-edge on 2024-02-29 for INELIGIBLE (within two years of 2024-10-01)",
                p.reason());
    }

    @Test
    public void circle3TwoYearBoundary() {
        assertEquals(Circle.POLICY_EDGE, withCase(new CaseFact(CircleRules.DIBAO, CaseStatus.REFUSED, WINDOW_START))
                .circle());
        assertNull(withCase(new CaseFact(CircleRules.DIBAO, CaseStatus.REFUSED, WINDOW_START.minusDays(1))).circle());
        assertNull(withCase(new CaseFact(CircleRules.DIBAO, CaseStatus.REFUSED, AS_OF.plusDays(1))).circle());
        assertEquals(Circle.POLICY_EDGE, withEnrolment(new EnrolmentFact(CircleRules.SPECIAL_HARDSHIP,
                EnrolmentStatus.TERMINATED, TerminationReason.MOVED_AWAY, WINDOW_START)).circle());
        assertNull(withEnrolment(new EnrolmentFact(CircleRules.SPECIAL_HARDSHIP, EnrolmentStatus.TERMINATED,
                TerminationReason.MOVED_AWAY, WINDOW_START.minusDays(1))).circle());
        assertNull(withEnrolment(new EnrolmentFact(CircleRules.SPECIAL_HARDSHIP, EnrolmentStatus.TERMINATED,
                TerminationReason.MOVED_AWAY, AS_OF.plusDays(1))).circle());
    }

    @Test
    public void leapDayWindow() {
        // two years before 2026-02-28 is 2024-02-28; 2024-02-29 is inside, 2024-02-27 outside
        LocalDate asOf = LocalDate.of(2026, 2, 28);
        Household h = household(member("P"));
        assertEquals(Circle.POLICY_EDGE, CircleRules.place(h, List.of(),
                List.of(new CaseFact(CircleRules.DIBAO, CaseStatus.REFUSED, LocalDate.of(2024, 2, 28))), asOf)
                .get(0).circle());
        assertNull(CircleRules.place(h, List.of(),
                List.of(new CaseFact(CircleRules.DIBAO, CaseStatus.REFUSED, LocalDate.of(2024, 2, 27))), asOf)
                .get(0).circle());
    }

    // --- circle 4 ---

    @Test
    public void circle4ByEachTag() {
        for (String t : CircleRules.CIRCLE_4_TAGS) {
            CirclePlacement p = withTags(tag(t, LocalDate.of(2024, 3, 1)));
            assertEquals(t, Circle.WATCH, p.circle());
            assertEquals("tag " + t + " since 2024-03-01", p.reason());
        }
    }

    @Test
    public void tagSinceAfterAsOfDoesNotCount() {
        assertNull(withTags(tag(IdentityTags.REFERRED_TRADE_UNION, AS_OF.plusDays(1))).circle());
        assertNull(withTags(tag(IdentityTags.DIBAO, AS_OF.plusDays(1))).circle());
        assertNull(withTags(tag(CircleRules.MEDICAL_ASSISTANCE, AS_OF.plusDays(1))).circle());
        assertEquals(Circle.WATCH, withTags(tag(IdentityTags.REFERRED_TRADE_UNION, AS_OF)).circle());
        // a future circle-1 tag does not hide a current circle-4 one
        CirclePlacement p = withTags(tag(IdentityTags.DIBAO, AS_OF.plusDays(1)),
                tag(IdentityTags.FOUND_ON_VISIT, LocalDate.of(2024, 1, 1)));
        assertEquals(Circle.WATCH, p.circle());
        assertEquals("tag FOUND_ON_VISIT since 2024-01-01", p.reason());
    }

    // --- innermost wins ---

    @Test
    public void innermostWins() {
        CirclePlacement p = withTags(tag(IdentityTags.REFERRED_TRADE_UNION, LocalDate.of(2024, 3, 1)),
                tag(IdentityTags.DIBAO, LocalDate.of(2024, 4, 1)));
        assertEquals(Circle.COVERED, p.circle());
        assertEquals("tag DIBAO since 2024-04-01", p.reason());

        p = withTags(tag(IdentityTags.HELPED_BY_CHARITY, null), tag(CircleRules.HOUSING_ASSISTANCE, null));
        assertEquals(Circle.COVERED_NEEDING_HELP, p.circle());

        p = only(member("P", tag(IdentityTags.REFERRED_RED_CROSS, null)), List.of(),
                List.of(new CaseFact(CircleRules.DIBAO, CaseStatus.REFUSED, LocalDate.of(2024, 1, 1))));
        assertEquals(Circle.POLICY_EDGE, p.circle());

        p = only(member("P"), List.of(), List.of(
                new CaseFact(CircleRules.DIBAO, CaseStatus.REFUSED, LocalDate.of(2024, 1, 1)),
                new CaseFact(CircleRules.TEMPORARY_RELIEF, CaseStatus.GRANTED, LocalDate.of(2024, 2, 1))));
        assertEquals(Circle.COVERED_NEEDING_HELP, p.circle());

        p = only(member("P", tag(CircleRules.EMPLOYMENT_ASSISTANCE, null)),
                List.of(new EnrolmentFact(CircleRules.RIGID_EXPENDITURE, EnrolmentStatus.ACTIVE, null,
                        LocalDate.of(2024, 1, 1))),
                List.of(new CaseFact(CircleRules.DIBAO, CaseStatus.REFUSED, LocalDate.of(2024, 1, 1))));
        assertEquals(Circle.COVERED, p.circle());
        assertTrue(p.reason().startsWith("enrolled in rigid-expenditure"));
    }

    @Test
    public void nullFactListsAreEmpty() {
        List<CirclePlacement> placed = CircleRules.place(household(member("P")), null, null, AS_OF);
        assertEquals(1, placed.size());
        assertNull(placed.get(0).circle());
    }
}
