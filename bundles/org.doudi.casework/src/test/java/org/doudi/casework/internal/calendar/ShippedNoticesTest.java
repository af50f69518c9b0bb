package org.doudi.casework.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.Test;

/** Every day of the 2024–2026 notices (SPEC §12), one by one, and ordinary days around them. */
public class ShippedNoticesTest {

    private static final HolidayCalendar CALENDAR = ShippedNotices.CALENDAR;

    // 2024: 元旦 Jan 1; 春节 Feb 10–17; 清明 Apr 4–6; 劳动节 May 1–5; 端午 Jun 10; 中秋 Sep 15–17; 国庆 Oct 1–7
    private static final List<String> DAYS_OFF_2024 = List.of("2024-01-01",
            "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16", "2024-02-17",
            "2024-04-04", "2024-04-05", "2024-04-06",
            "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05",
            "2024-06-10",
            "2024-09-15", "2024-09-16", "2024-09-17",
            "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07");
    private static final List<String> WORKING_WEEKENDS_2024 = List.of("2024-02-04", "2024-02-18", "2024-04-07",
            "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12");

    // 2025: 元旦 Jan 1; 春节 Jan 28–Feb 4; 清明 Apr 4–6; 劳动节 May 1–5; 端午 May 31–Jun 2; 国庆、中秋 Oct 1–8
    private static final List<String> DAYS_OFF_2025 = List.of("2025-01-01",
            "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
            "2025-04-04", "2025-04-05", "2025-04-06",
            "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
            "2025-05-31", "2025-06-01", "2025-06-02",
            "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08");
    private static final List<String> WORKING_WEEKENDS_2025 = List.of("2025-01-26", "2025-02-08", "2025-04-27",
            "2025-09-28", "2025-10-11");

    // 2026: 元旦 Jan 1–3; 春节 Feb 15–23; 清明 Apr 4–6; 劳动节 May 1–5; 端午 Jun 19–21; 中秋 Sep 25–27; 国庆 Oct 1–7
    private static final List<String> DAYS_OFF_2026 = List.of("2026-01-01", "2026-01-02", "2026-01-03",
            "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21",
            "2026-02-22", "2026-02-23",
            "2026-04-04", "2026-04-05", "2026-04-06",
            "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21",
            "2026-09-25", "2026-09-26", "2026-09-27",
            "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07");
    private static final List<String> WORKING_WEEKENDS_2026 = List.of("2026-01-04", "2026-02-14", "2026-02-28",
            "2026-05-09", "2026-09-20", "2026-10-10");

    @Test
    public void everyDayOffOfTheNoticesIsADayOff() {
        for (List<String> days : List.of(DAYS_OFF_2024, DAYS_OFF_2025, DAYS_OFF_2026)) {
            for (String day : days) {
                assertFalse(day + " is a day off", CALENDAR.isWorkingDay(LocalDate.parse(day)));
            }
        }
        assertEquals(28, DAYS_OFF_2024.size());
        assertEquals(28, DAYS_OFF_2025.size());
        assertEquals(33, DAYS_OFF_2026.size());
    }

    @Test
    public void everyWeekendDayWorkedUnderTheNoticesIsAWorkingDay() {
        for (List<String> days : List.of(WORKING_WEEKENDS_2024, WORKING_WEEKENDS_2025, WORKING_WEEKENDS_2026)) {
            for (String day : days) {
                LocalDate d = LocalDate.parse(day);
                assertTrue(day + " is a weekend day", YearNotice.isWeekend(d));
                assertTrue(day + " is worked", CALENDAR.isWorkingDay(d));
            }
        }
    }

    @Test
    public void theBuiltInNoticesHoldExactlyTheseDays() {
        assertEquals(List.of(2024, 2025, 2026), List.copyOf(CALENDAR.loadedYears()));
        assertNotice(2024, DAYS_OFF_2024, WORKING_WEEKENDS_2024);
        assertNotice(2025, DAYS_OFF_2025, WORKING_WEEKENDS_2025);
        assertNotice(2026, DAYS_OFF_2026, WORKING_WEEKENDS_2026);
    }

    @Test
    public void ordinaryWeekdaysWorkAndOrdinaryWeekendsRest() {
        for (String weekday : List.of("2024-01-02", "2024-02-09", "2024-02-19", "2024-03-13", "2024-06-11",
                "2024-09-18", "2024-10-08", "2024-12-31", "2025-01-02", "2025-01-27", "2025-02-05", "2025-06-03",
                "2025-10-09", "2025-12-31", "2026-01-05", "2026-02-24", "2026-04-07", "2026-06-22", "2026-09-28",
                "2026-10-08", "2026-12-31")) {
            assertTrue(weekday + " is a working day", CALENDAR.isWorkingDay(LocalDate.parse(weekday)));
        }
        for (String weekend : List.of("2024-01-06", "2024-01-07", "2024-02-03", "2024-02-24", "2024-04-27",
                "2024-09-28", "2024-10-13", "2025-01-25", "2025-02-09", "2025-04-26", "2025-09-27", "2025-10-12",
                "2026-01-10", "2026-03-01", "2026-05-10", "2026-09-19", "2026-10-11", "2026-12-27")) {
            assertFalse(weekend + " is a day off", CALENDAR.isWorkingDay(LocalDate.parse(weekend)));
        }
    }

    @Test
    public void workingDaysPerYear() {
        // weekdays − weekdays given off + weekend days worked: 262 − 19 + 8, 261 − 18 + 5, 261 − 19 + 6
        assertEquals(251, CALENDAR.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)));
        assertEquals(248, CALENDAR.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));
        assertEquals(248, CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
    }

    @Test
    public void theShippedConfigurationFileHoldsTheBuiltInNotices() throws IOException {
        Path cfg = Path.of(System.getProperty("basedir", "."))
                .resolve("../../distribution/src/main/resources/assembly/etc/org.doudi.calendar.cfg");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> shipped = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> shipped.put(k, p.getProperty(k)));
        assertEquals(new TreeMap<>(ShippedNotices.PROPERTIES), shipped);
    }

    private static void assertNotice(int year, List<String> daysOff, List<String> workingWeekends) {
        YearNotice notice = CALENDAR.notices().get(year);
        assertEquals(daysOff, notice.daysOff().stream().map(LocalDate::toString).toList());
        assertEquals(workingWeekends, notice.workingWeekends().stream().map(LocalDate::toString).toList());
    }
}
