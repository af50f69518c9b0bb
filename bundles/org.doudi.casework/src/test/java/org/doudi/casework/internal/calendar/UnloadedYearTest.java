package org.doudi.casework.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.api.calendar.Deadline;
import org.junit.Test;

/** A deadline that runs into a year whose notice is not loaded, and what loading it changes (SPEC §12). */
public class UnloadedYearTest {

    /** Made up for the test: 2027's real notice is not published when this is written. */
    private static final Map<String, Object> TEST_2027 = Map.of("year.2027.daysOff", "2027-01-01");

    @Test
    public void aYearNotLoadedIsCountedOnWeekdaysAndMakesTheDeadlineProvisional() {
        ConfiguredWorkingDayCalendar calendar = new ConfiguredWorkingDayCalendar();
        calendar.configure(Map.of());
        // accepted Tue Dec 15 2026: Dec 16–18 (3), Dec 21–25 (8), Dec 28–31 (12), 2027 on weekdays alone:
        // Fri Jan 1 (13), Jan 4–8 (18), Jan 11, 12 (20)
        Deadline d = calendar.deadline(LocalDate.of(2026, 12, 15), 20);
        assertEquals(LocalDate.of(2027, 1, 12), d.due());
        assertTrue(d.provisional());
        assertEquals(List.of(2027), d.missingYears());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 2)));
    }

    @Test
    public void loadingTheYearRecountsItAndMovesTheRevisionOn() {
        ConfiguredWorkingDayCalendar calendar = new ConfiguredWorkingDayCalendar();
        calendar.configure(Map.of());
        long before = calendar.revision();
        calendar.configure(TEST_2027);
        // with Jan 1 2027 off: Dec 16–31 (12), Jan 4–8 (17), Jan 11–13 (20)
        Deadline d = calendar.deadline(LocalDate.of(2026, 12, 15), 20);
        assertEquals(Deadline.confirmed(LocalDate.of(2027, 1, 13)), d);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals(Set.of(2024, 2025, 2026, 2027), calendar.loadedYears());
        assertTrue(calendar.revision() > before);
    }

    @Test
    public void theSameDataAgainKeepsTheRevision() {
        ConfiguredWorkingDayCalendar calendar = new ConfiguredWorkingDayCalendar();
        calendar.configure(TEST_2027);
        long revision = calendar.revision();
        calendar.configure(Map.of("year.2027.daysOff", "2027-01-01", "service.pid", "org.doudi.calendar"));
        assertEquals(revision, calendar.revision());
        calendar.configure(Map.of());
        assertTrue("2027 withdrawn", calendar.revision() > revision);
        assertEquals(Set.of(2024, 2025, 2026), calendar.loadedYears());
    }

    @Test
    public void everyYearNotLoadedIsNamedInOrder() {
        // 2024 and 2026 loaded, 2025 not: a year-long count from Dec 2024 runs through 2025 into 2026
        HolidayCalendar gap = HolidayCalendar.of(List.of(ShippedNotices.CALENDAR.notices().get(2024),
                ShippedNotices.CALENDAR.notices().get(2026)));
        Deadline d = gap.deadline(LocalDate.of(2024, 12, 20), 270);
        assertEquals(List.of(2025), d.missingYears());
        assertEquals(2026, d.due().getYear());
        // counted past 2026 into two years not loaded
        Deadline far = ShippedNotices.CALENDAR.deadline(LocalDate.of(2026, 12, 15), 300);
        assertEquals(List.of(2027, 2028), far.missingYears());
    }

    @Test
    public void onlyDaysCountedMakeADeadlineProvisional() {
        // accepted in 2023, not loaded, but counted in 2024: Mon Jan 1 off, Tue Jan 2 (1)
        assertEquals(Deadline.confirmed(LocalDate.of(2024, 1, 2)),
                ShippedNotices.CALENDAR.deadline(LocalDate.of(2023, 12, 29), 1));
        // Thu Dec 28 2023 → Fri Dec 29, in 2023
        assertEquals(new Deadline(LocalDate.of(2023, 12, 29), true, List.of(2023)),
                ShippedNotices.CALENDAR.deadline(LocalDate.of(2023, 12, 28), 1));
        // Thu Dec 31 2026 → 2027 on weekdays: Fri Jan 1
        assertEquals(new Deadline(LocalDate.of(2027, 1, 1), true, List.of(2027)),
                ShippedNotices.CALENDAR.deadline(LocalDate.of(2026, 12, 31), 1));
    }

    @Test
    public void workingDaysBetweenInAYearNotLoadedCountsWeekdays() {
        // 2027-01-01 Fri .. 2027-01-31 Sun: 21 weekdays
        assertEquals(21, ShippedNotices.CALENDAR.workingDaysBetween(LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 31)));
    }
}
