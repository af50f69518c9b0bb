package org.doudi.casework.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.Test;

/** Reading the per-year properties, every rule refused with the property and entry named. */
public class CalendarConfigReaderTest {

    @Test
    public void datesAndInclusiveRangesAreRead() {
        SortedMap<Integer, YearNotice> notices = CalendarConfigReader.read(Map.of(
                "year.2024.daysOff", " 2024-01-01,2024-02-10 .. 2024-02-12, ",
                "year.2024.workingWeekends", "2024-02-04",
                "felix.fileinstall.filename", "file:/opt/doudi/etc/org.doudi.calendar.cfg"));
        YearNotice n = notices.get(2024);
        assertEquals(Set.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11),
                LocalDate.of(2024, 2, 12)), n.daysOff());
        assertEquals(Set.of(LocalDate.of(2024, 2, 4)), n.workingWeekends());
        assertEquals(Set.of(2024), notices.keySet());
    }

    @Test
    public void listsMayComeAsArraysAndAYearWithoutWorkingWeekendsIsLoaded() {
        SortedMap<Integer, YearNotice> notices = CalendarConfigReader.read(Map.of(
                "year.2027.daysOff", new String[] {"2027-01-01", "2027-05-03..2027-05-04"}));
        assertEquals(3, notices.get(2027).daysOff().size());
        assertTrue(notices.get(2027).workingWeekends().isEmpty());
    }

    @Test
    public void blankYearsAreNotLoaded() {
        assertTrue(CalendarConfigReader.read(Map.of("year.2027.daysOff", " ", "year.2027.workingWeekends", ""))
                .isEmpty());
    }

    @Test
    public void aBadDateIsRefused() {
        assertRefused(Map.of("year.2024.daysOff", "2024-01-01, 2024-02-30"),
                "year.2024.daysOff: '2024-02-30' is not a date yyyy-MM-dd");
        assertRefused(Map.of("year.2024.daysOff", "2024/10/01"), "year.2024.daysOff: '2024/10/01' is not a date");
        assertRefused(Map.of("year.2024.daysOff", "2024-10-01..2024-10-7"),
                "year.2024.daysOff: '2024-10-01..2024-10-7' is not a date yyyy-MM-dd or a range");
        assertRefused(Map.of("year.2024.daysOff", "2024-10-01..2024-10-03..2024-10-07"),
                "year.2024.daysOff: '2024-10-01..2024-10-03..2024-10-07' is neither a date");
    }

    @Test
    public void aRangeEndingBeforeItStartsIsRefused() {
        assertRefused(Map.of("year.2024.daysOff", "2024-02-17..2024-02-10"),
                "year.2024.daysOff: range '2024-02-17..2024-02-10' ends before it starts");
    }

    @Test
    public void aDateOutsideItsYearIsRefused() {
        assertRefused(Map.of("year.2024.daysOff", "2025-01-01"), "year.2024.daysOff: '2025-01-01' is not in 2024");
        assertRefused(Map.of("year.2025.daysOff", "2024-12-31..2025-01-01"),
                "year.2025.daysOff: '2024-12-31..2025-01-01' is not in 2025");
        assertRefused(Map.of("year.2024.daysOff", "2024-01-01", "year.2024.workingWeekends", "2023-12-31"),
                "year.2024.workingWeekends: '2023-12-31' is not in 2024");
    }

    @Test
    public void aWorkingWeekendDayThatIsNoWeekendDayIsRefused() {
        assertRefused(Map.of("year.2024.daysOff", "2024-01-01", "year.2024.workingWeekends", "2024-02-04, 2024-02-05"),
                "year.2024.workingWeekends: 2024-02-05 is a MONDAY, not a Saturday or Sunday");
        assertRefused(Map.of("year.2024.daysOff", "2024-01-01", "year.2024.workingWeekends", "2024-02-03..2024-02-05"),
                "year.2024.workingWeekends: 2024-02-05 in '2024-02-03..2024-02-05' is a MONDAY");
    }

    @Test
    public void aDayOffThatIsAlsoWorkedIsRefused() {
        assertRefused(Map.of("year.2024.daysOff", "2024-02-10..2024-02-18", "year.2024.workingWeekends", "2024-02-18"),
                "year.2024.daysOff: 2024-02-18 is also listed in year.2024.workingWeekends");
    }

    @Test
    public void workingWeekendsWithoutDaysOffAreRefused() {
        assertRefused(Map.of("year.2027.workingWeekends", "2027-01-02"),
                "year.2027.workingWeekends: set without year.2027.daysOff");
    }

    @Test
    public void aMisspelledOrMistypedPropertyIsRefusedRatherThanDropped() {
        assertRefused(Map.of("year.2027.daysoff", "2027-01-01"), "year.2027.daysoff: not a calendar property");
        assertRefused(Map.of("year.27.daysOff", "2027-01-01"), "year.27.daysOff: not a calendar property");
        assertRefused(Map.of("year.2027.daysOff", 20270101), "year.2027.daysOff: must be text");
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        try {
            CalendarConfigReader.read(Map.of("year.2024.daysOff", "2024-13-01, 2025-01-01",
                    "year.2025.daysOff", "2025-01-01", "year.2025.workingWeekends", "2025-01-27"));
            fail();
        } catch (CalendarConfigException e) {
            assertEquals(3, e.problems().size());
            assertTrue(e.problems().get(0).startsWith("year.2024.daysOff: '2024-13-01'"));
            assertTrue(e.problems().get(1).startsWith("year.2024.daysOff: '2025-01-01'"));
            assertTrue(e.problems().get(2).startsWith("year.2025.workingWeekends: 2025-01-27 is a MONDAY"));
        }
    }

    @Test
    public void badConfigurationKeepsTheLastGoodCalendar() {
        ConfiguredWorkingDayCalendar calendar = new ConfiguredWorkingDayCalendar();
        calendar.configure(Map.of("year.2027.daysOff", "2027-01-01"));
        long revision = calendar.revision();
        LocalDate due = calendar.deadline(LocalDate.of(2026, 12, 15), 20).due();

        calendar.configure(Map.of("year.2027.daysOff", "2027-01-01, 2027-02-30", "year.2028.daysOff", "2028-01-01"));

        assertEquals(revision, calendar.revision());
        assertEquals(Set.of(2024, 2025, 2026, 2027), calendar.loadedYears());
        assertEquals(due, calendar.deadline(LocalDate.of(2026, 12, 15), 20).due());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
    }

    @Test
    public void aConfiguredYearReplacesTheBuiltInOneWhole() {
        ConfiguredWorkingDayCalendar calendar = new ConfiguredWorkingDayCalendar();
        // 2024 configured without Jun 10 and without working weekends (only to show the replacement)
        calendar.configure(Map.of("year.2024.daysOff", ShippedNotices.DAYS_OFF_2024.replace("2024-06-10, ", "")));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 6, 10)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 2, 12)));
        assertFalse("not merged with the built-in working weekends", calendar.isWorkingDay(LocalDate.of(2024, 2, 4)));
        assertTrue("other years untouched", calendar.isWorkingDay(LocalDate.of(2025, 1, 26)));
    }

    private static void assertRefused(Map<String, Object> properties, String message) {
        try {
            CalendarConfigReader.read(properties);
            fail("accepted " + properties);
        } catch (CalendarConfigException e) {
            assertTrue(e.getMessage(), e.problems().stream().anyMatch(p -> p.startsWith(message)));
        }
        ConfiguredWorkingDayCalendar calendar = new ConfiguredWorkingDayCalendar();
        long revision = calendar.revision();
        calendar.configure(properties);
        assertEquals(List.of(2024, 2025, 2026), List.copyOf(calendar.loadedYears()));
        assertEquals(revision, calendar.revision());
    }
}
