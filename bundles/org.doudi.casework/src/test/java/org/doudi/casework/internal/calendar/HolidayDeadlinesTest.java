package org.doudi.casework.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import org.doudi.api.calendar.Deadline;
import org.junit.Test;

/**
 * Decision deadlines (SPEC §3) across each holiday block of 2024–2026, counted by hand: the day of acceptance
 * never counts, a weekend day worked under the notice counts and may be the deadline itself.
 */
public class HolidayDeadlinesTest {

    private static final HolidayCalendar CALENDAR = ShippedNotices.CALENDAR;

    @Test
    public void springFestival2024() {
        // accepted Thu Feb 8: Feb 9 (1), Feb 10–17 off, Sun Feb 18 worked (2), Feb 19–23 (7), Feb 26–Mar 1 (12),
        // Mar 4–8 (17), Mar 11, 12, 13 (20)
        assertDue("2024-03-13", "2024-02-08", 20);
        // accepted Fri Feb 2: Sun Feb 4 worked (1), Feb 5–9 (6), Feb 18 (7), Feb 19–23 (12), Feb 26–Mar 1 (17),
        // Mar 4, 5, 6 (20)
        assertDue("2024-03-06", "2024-02-02", 20);
    }

    @Test
    public void springFestival2025() {
        // accepted Fri Jan 24: Sun Jan 26 worked (1), Mon Jan 27 (2), Jan 28–Feb 4 off, Feb 5–7 (5),
        // Sat Feb 8 worked (6), Feb 10–14 (11), Feb 17–21 (16), Feb 24, 25, 26, 27 (20)
        assertDue("2025-02-27", "2025-01-24", 20);
    }

    @Test
    public void springFestival2026() {
        // accepted Thu Feb 12: Fri Feb 13 (1), Sat Feb 14 worked (2), Feb 15–23 off, Feb 24–27 (6),
        // Sat Feb 28 worked (7), Mar 2–6 (12), Mar 9–13 (17), Mar 16, 17, 18 (20)
        assertDue("2026-03-18", "2026-02-12", 20);
    }

    @Test
    public void mayDay() {
        // 2024, accepted Fri Apr 26: Sun Apr 28 worked (1), Apr 29, 30 (3), May 1–5 off, May 6–10 (8),
        // Sat May 11 worked (9), May 13–17 (14), May 20–24 (19), Mon May 27 (20)
        assertDue("2024-05-27", "2024-04-26", 20);
        // 2025, accepted Fri Apr 25: Sun Apr 27 worked (1), Apr 28–30 (4), May 1–5 off, May 6–9 (8),
        // May 12–16 (13), May 19–23 (18), May 26, 27 (20)
        assertDue("2025-05-27", "2025-04-25", 20);
        // 2026, accepted Thu Apr 30: May 1–5 off, May 6–8 (3), Sat May 9 worked (4), May 11–15 (9),
        // May 18–22 (14), May 25–29 (19), Mon Jun 1 (20)
        assertDue("2026-06-01", "2026-04-30", 20);
    }

    @Test
    public void nationalDay2024() {
        // accepted Fri Sep 27: Sun Sep 29 worked (1), Mon Sep 30 (2), Oct 1–7 off, Oct 8–11 (6),
        // Sat Oct 12 worked (7), Oct 14–18 (12), Oct 21–25 (17), Oct 28, 29, 30 (20)
        assertDue("2024-10-30", "2024-09-27", 20);
    }

    @Test
    public void nationalDayAndMidAutumn2025() {
        // accepted Fri Sep 26: Sun Sep 28 worked (1), Sep 29, 30 (3), Oct 1–8 off, Oct 9, 10 (5),
        // Sat Oct 11 worked (6), Oct 13–17 (11), Oct 20–24 (16), Oct 27–30 (20)
        assertDue("2025-10-30", "2025-09-26", 20);
    }

    @Test
    public void midAutumnAndNationalDay2026() {
        // accepted Fri Sep 18: Sun Sep 20 worked (1), Sep 21–24 (5), Sep 25–27 off, Sep 28–30 (8), Oct 1–7 off,
        // Oct 8, 9 (10), Sat Oct 10 worked (11), Oct 12–16 (16), Oct 19–22 (20)
        assertDue("2026-10-22", "2026-09-18", 20);
    }

    @Test
    public void aDeadlineMayFallOnAWeekendDayWorked() {
        assertDue("2024-02-04", "2024-02-02", 1);   // Fri → Sun Feb 4 worked
        assertDue("2024-02-18", "2024-02-09", 1);   // 除夕 Fri Feb 9 → Sun Feb 18, the whole festival skipped
        assertDue("2024-04-07", "2024-04-03", 1);   // Wed → Qingming Apr 4–6 off → Sun Apr 7 worked
        assertDue("2026-01-04", "2025-12-31", 1);   // Wed → Jan 1–3 2026 off → Sun Jan 4 worked
        assertDue("2026-02-14", "2026-02-13", 1);   // Fri → Sat Feb 14 worked
        // accepted Mon Sep 1 2025: Sep 2–5 (4), Sep 8–12 (9), Sep 15–19 (14), Sep 22–26 (19), Sun Sep 28 (20)
        assertDue("2025-09-28", "2025-09-01", 20);
    }

    @Test
    public void theDayOfAcceptanceNeverCounts() {
        assertDue("2024-03-11", "2024-03-08", 1);   // Fri → Mon
        assertDue("2024-03-12", "2024-03-11", 1);   // a working Mon itself is not counted
        assertDue("2024-02-19", "2024-02-17", 2);   // a Sat off: Sun Feb 18 worked (1), Mon (2)
        assertDue("2024-03-11", "2024-03-11", 0);   // zero working days: the day itself
    }

    @Test
    public void extensionTo45WorkingDays() {
        // accepted Mon Sep 1 2025: Sep 2–26 (19), Sun Sep 28 (20), Sep 29, 30 (22), Oct 1–8 off, Oct 9, 10 (24),
        // Sat Oct 11 (25), Oct 13–17 (30), Oct 20–24 (35), Oct 27–31 (40), Nov 3–7 (45)
        assertDue("2025-11-07", "2025-09-01", 45);
        // accepted Fri Jan 30 2026: Feb 2–6 (5), Feb 9–13 (10), Sat Feb 14 (11), Feb 15–23 off, Feb 24–27 (15),
        // Sat Feb 28 (16), Mar 2–27 (36), Mar 30–Apr 3 (41), Apr 4–6 off, Apr 7–10 (45)
        assertDue("2026-04-10", "2026-01-30", 45);
    }

    @Test
    public void workingDaysBetweenCountsWhatADeadlineCounts() {
        LocalDate first = LocalDate.of(2023, 12, 1);
        for (LocalDate start = first; start.isBefore(LocalDate.of(2027, 2, 1)); start = start.plusDays(1)) {
            for (int n : new int[] {1, 2, 5, 20, 45}) {
                LocalDate due = CALENDAR.deadline(start, n).due();
                assertEquals(start + " + " + n, n, CALENDAR.workingDaysBetween(start, due));
                assertEquals(start + " + " + n, n - 1, CALENDAR.workingDaysBetween(start, due.minusDays(1)));
                assertEquals(-n, CALENDAR.workingDaysBetween(due, start));
            }
        }
        assertEquals(20, CALENDAR.workingDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 3, 13)));
        assertEquals(0, CALENDAR.workingDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 8)));
        // Feb 9 counts; Feb 10–17 do not
        assertEquals(1, CALENDAR.workingDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 17)));
    }

    @Test
    public void aNegativeCountIsRefused() {
        try {
            CALENDAR.deadline(LocalDate.of(2024, 1, 2), -1);
            fail();
        } catch (IllegalArgumentException expected) {
            // refused
        }
    }

    private static void assertDue(String expected, String accepted, int workingDays) {
        Deadline d = CALENDAR.deadline(LocalDate.parse(accepted), workingDays);
        assertEquals(accepted + " + " + workingDays + " working days", LocalDate.parse(expected), d.due());
        assertFalse(d.provisional());
    }
}
