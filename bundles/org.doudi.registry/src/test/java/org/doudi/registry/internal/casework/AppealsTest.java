package org.doudi.registry.internal.casework;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doudi.api.ValidationException;
import org.doudi.api.calendar.Deadline;
import org.doudi.api.calendar.WorkingDayCalendar;
import org.doudi.api.casework.AppealKind;
import org.doudi.api.casework.AppealOutcome;
import org.doudi.api.casework.AppealOutcomeRequest;
import org.doudi.api.casework.AppealRequest;
import org.doudi.api.casework.ObjectionRequest;
import org.doudi.registry.internal.entity.CaseAppealRow;
import org.junit.Test;

/** Appeal due days, the appeal window and the objection period (SPEC §3), on the 2025 holiday notice (SPEC §12). */
public class AppealsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** 2025 as in SPEC §12; every other year is counted on weekdays alone and is provisional. */
    static final class Calendar2025 implements WorkingDayCalendar {
        private final Set<LocalDate> off = new TreeSet<>();
        private final Set<LocalDate> worked = Set.of(d("2025-01-26"), d("2025-02-08"), d("2025-04-27"),
                d("2025-09-28"), d("2025-10-11"));

        Calendar2025() {
            off.add(d("2025-01-01"));
            range("2025-01-28", "2025-02-04");
            range("2025-04-04", "2025-04-06");
            range("2025-05-01", "2025-05-05");
            range("2025-05-31", "2025-06-02");
            range("2025-10-01", "2025-10-08");
        }

        private void range(String from, String to) {
            for (LocalDate x = d(from); !x.isAfter(d(to)); x = x.plusDays(1)) {
                off.add(x);
            }
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (date.getYear() != 2025) {
                return weekday;
            }
            return worked.contains(date) || (weekday && !off.contains(date));
        }

        @Override
        public Deadline deadline(LocalDate start, int workingDays) {
            LocalDate day = start;
            Set<Integer> missing = new TreeSet<>();
            for (int counted = 0; counted < workingDays;) {
                day = day.plusDays(1);
                if (day.getYear() != 2025) {
                    missing.add(day.getYear());
                }
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return new Deadline(day, !missing.isEmpty(), new ArrayList<>(missing));
        }

        @Override
        public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Integer> loadedYears() {
            return Set.of(2025);
        }

        @Override
        public long revision() {
            return 1;
        }
    }

    private static final WorkingDayCalendar CALENDAR = new Calendar2025();

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    public void aReviewIsDueInWorkingDaysAcrossNationalDayAndItsWorkedWeekends() {
        // Fri 2025-09-26 not counted; Sun 09-28 worked (1), 09-29 (2), 09-30 (3), Oct 1-8 off, 10-09 (4), 10-10 (5),
        // Sat 10-11 worked (6), 10-13 .. 10-16 (7-10)
        Deadline due = Appeals.due(AppealKind.REVIEW, d("2025-09-26"), 10, CALENDAR);
        assertEquals(d("2025-10-16"), due.due());
        assertFalse(due.provisional());
    }

    @Test
    public void aReviewIsDueInWorkingDaysAcrossTheSpringFestival() {
        // Fri 2025-01-24; Sun 01-26 worked (1), 01-27 (2), Jan 28-Feb 4 off, 02-05 .. 02-07 (3-5), Sat 02-08 worked (6),
        // 02-10 .. 02-13 (7-10)
        assertEquals(d("2025-02-13"), Appeals.due(AppealKind.REVIEW, d("2025-01-24"), 10, CALENDAR).due());
    }

    @Test
    public void aReviewRunningIntoAYearNotLoadedIsProvisional() {
        Deadline due = Appeals.due(AppealKind.REVIEW, d("2025-12-24"), 10, CALENDAR);
        assertEquals(d("2026-01-07"), due.due());
        assertTrue(due.provisional());
        assertEquals(List.of(2026), due.missingYears());
    }

    @Test
    public void aReconsiderationIsDueInCalendarDaysWhateverTheHolidays() {
        Deadline due = Appeals.due(AppealKind.RECONSIDERATION, d("2025-09-26"), 60, CALENDAR);
        assertEquals(d("2025-11-25"), due.due());
        assertFalse(due.provisional());
        assertEquals(d("2026-02-22"), Appeals.due(AppealKind.RECONSIDERATION, d("2025-12-24"), 60, CALENDAR).due());
        assertFalse("calendar days never depend on a holiday notice",
                Appeals.due(AppealKind.RECONSIDERATION, d("2025-12-24"), 60, CALENDAR).provisional());
    }

    @Test
    public void theDaysCountedComeFromTheConfiguration() {
        CaseworkConfig config = ReviewIntervalTest.CONFIG;
        assertEquals(10, Appeals.days(AppealKind.REVIEW, config));
        assertEquals(60, Appeals.days(AppealKind.RECONSIDERATION, config));
    }

    @Test
    public void anAppealIsOverdueTheDayAfterItsDueDayUntilItHasAnOutcome() {
        CaseAppealRow a = new CaseAppealRow(1, AppealKind.REVIEW, d("2025-09-26"), "grounds", d("2025-10-16"), false, 10,
                LocalDateTime.of(2025, 9, 26, 8, 0), "olga");
        assertFalse(Appeals.overdue(a, d("2025-10-16")));
        assertTrue(Appeals.overdue(a, d("2025-10-17")));
        CaseAppealRow decided = a.withOutcome(AppealOutcome.UPHELD, d("2025-10-20"), "the figures stand",
                LocalDateTime.of(2025, 10, 20, 8, 0), "olga");
        assertFalse(Appeals.overdue(decided, d("2025-10-21")));
        assertNull("the original row is not changed", a.getOutcome());
        assertEquals(d("2025-10-16"), decided.getDue());
        assertEquals(10, decided.getDueDays());
    }

    @Test
    public void theAppealWindowRunsFromTheDecisionDayForItsDaysBothIncluded() {
        LocalDate decided = d("2025-09-15");
        assertNull(CaseChecks.windowViolation(decided, decided, 60));
        assertNull(CaseChecks.windowViolation(d("2025-11-14"), decided, 60));
        String late = CaseChecks.windowViolation(d("2025-11-15"), decided, 60);
        assertTrue(late, late.contains("closed on 2025-11-14"));
        String early = CaseChecks.windowViolation(d("2025-09-14"), decided, 60);
        assertTrue(early, early.contains("before the decision day (2025-09-15)"));
    }

    @Test
    public void anAppealRequestIsCheckedWhole() {
        assertEquals(d("2025-09-26"), CaseChecks.appeal(new AppealRequest(AppealKind.REVIEW, "2025-09-26", "wrong income"),
                TODAY, d("2025-09-15"), 60));
        assertEquals("filed today when absent", TODAY, CaseChecks.appeal(new AppealRequest(AppealKind.RECONSIDERATION,
                null, "wrong income"), TODAY, TODAY.minusDays(3), 60));
        assertEquals(List.of("kind:required", "grounds:required", "filedOn:appealWindow"),
                rules(() -> CaseChecks.appeal(new AppealRequest(null, "2025-11-15", " "), TODAY, d("2025-09-15"), 60)));
        assertEquals(List.of("filedOn:notFuture"), rules(() -> CaseChecks.appeal(new AppealRequest(AppealKind.REVIEW,
                "2026-12-01", "x"), TODAY, d("2026-11-01"), 60)));
        assertEquals(List.of("grounds:length", "filedOn:type"), rules(() -> CaseChecks.appeal(
                new AppealRequest(AppealKind.REVIEW, "15/09/2025", "x".repeat(501)), TODAY, d("2025-09-15"), 60)));
    }

    @Test
    public void anOutcomeIsNotBeforeTheFilingNorAfterToday() {
        assertEquals(d("2025-10-10"), CaseChecks.appealOutcome(new AppealOutcomeRequest(AppealOutcome.UPHELD,
                "2025-10-10", "stands"), TODAY, d("2025-09-26")));
        assertEquals(List.of("outcome:required", "reason:required", "decidedOn:order"),
                rules(() -> CaseChecks.appealOutcome(new AppealOutcomeRequest(null, "2025-09-25", null), TODAY,
                        d("2025-09-26"))));
        assertEquals(List.of("decidedOn:notFuture"), rules(() -> CaseChecks.appealOutcome(
                new AppealOutcomeRequest(AppealOutcome.WITHDRAWN, "2026-12-01", "withdrawn"), TODAY, d("2025-09-26"))));
    }

    @Test
    public void anObjectionIsRaisedWithinThePublicNotice() {
        LocalDate from = d("2025-09-05");
        LocalDate until = d("2025-09-11");
        assertEquals(from, CaseChecks.objection(new ObjectionRequest("2025-09-05", null, "x"), TODAY, from, until));
        assertEquals(until, CaseChecks.objection(new ObjectionRequest("2025-09-11", null, "x"), TODAY, from, until));
        assertEquals(List.of("raisedOn:noticePeriod"), rules(() -> CaseChecks.objection(
                new ObjectionRequest("2025-09-04", "a neighbour", "x"), TODAY, from, until)));
        assertEquals(List.of("raisedOn:noticePeriod"), rules(() -> CaseChecks.objection(
                new ObjectionRequest("2025-09-12", "a neighbour", "x"), TODAY, from, until)));
        assertEquals(List.of("content:required", "raisedBy:length"), rules(() -> CaseChecks.objection(
                new ObjectionRequest("2025-09-06", "n".repeat(101), ""), TODAY, from, until)));
        assertEquals(List.of("content:length"), rules(() -> CaseChecks.objection(
                new ObjectionRequest("2025-09-06", null, "c".repeat(501)), TODAY, from, until)));
        assertEquals("raised today when absent", TODAY, CaseChecks.objection(new ObjectionRequest(null, null, "x"),
                TODAY, TODAY.minusDays(2), TODAY.plusDays(4)));
        assertEquals(List.of("raisedOn:notFuture"), rules(() -> CaseChecks.objection(
                new ObjectionRequest("2026-12-01", null, "x"), TODAY, TODAY.minusDays(2), TODAY.plusDays(4))));
        assertEquals("anonymous", CaseChecks.raisedBy(new ObjectionRequest(null, null, "x")));
        assertEquals("anonymous", CaseChecks.raisedBy(new ObjectionRequest(null, "  ", "x")));
        assertEquals("王某", CaseChecks.raisedBy(new ObjectionRequest(null, " 王某 ", "x")));
    }

    private static List<String> rules(Runnable check) {
        try {
            check.run();
            fail("expected a validation failure");
            return null;
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.rule()).collect(Collectors.toList());
        }
    }
}
