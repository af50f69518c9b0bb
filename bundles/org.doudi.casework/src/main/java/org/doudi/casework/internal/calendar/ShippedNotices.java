package org.doudi.casework.internal.calendar;

import java.util.Map;

/**
 * The holiday notices of the General Office of the State Council (国务院办公厅关于…部分节假日安排的通知) for
 * 2024–2026 (SPEC §12), built in so that a server without {@code etc/org.doudi.calendar.cfg} counts on them; the
 * shipped file holds the same text. Configured years are loaded over them.
 */
final class ShippedNotices {

    static final String DAYS_OFF_2024 = "2024-01-01, 2024-02-10..2024-02-17, 2024-04-04..2024-04-06, "
            + "2024-05-01..2024-05-05, 2024-06-10, 2024-09-15..2024-09-17, 2024-10-01..2024-10-07";
    static final String WORKING_WEEKENDS_2024 = "2024-02-04, 2024-02-18, 2024-04-07, 2024-04-28, 2024-05-11, "
            + "2024-09-14, 2024-09-29, 2024-10-12";
    static final String DAYS_OFF_2025 = "2025-01-01, 2025-01-28..2025-02-04, 2025-04-04..2025-04-06, "
            + "2025-05-01..2025-05-05, 2025-05-31..2025-06-02, 2025-10-01..2025-10-08";
    static final String WORKING_WEEKENDS_2025 = "2025-01-26, 2025-02-08, 2025-04-27, 2025-09-28, 2025-10-11";
    static final String DAYS_OFF_2026 = "2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-04-04..2026-04-06, "
            + "2026-05-01..2026-05-05, 2026-06-19..2026-06-21, 2026-09-25..2026-09-27, 2026-10-01..2026-10-07";
    static final String WORKING_WEEKENDS_2026 = "2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, "
            + "2026-10-10";

    /** The shipped notices as configuration properties. */
    static final Map<String, String> PROPERTIES = Map.of(
            "year.2024.daysOff", DAYS_OFF_2024, "year.2024.workingWeekends", WORKING_WEEKENDS_2024,
            "year.2025.daysOff", DAYS_OFF_2025, "year.2025.workingWeekends", WORKING_WEEKENDS_2025,
            "year.2026.daysOff", DAYS_OFF_2026, "year.2026.workingWeekends", WORKING_WEEKENDS_2026);

    /** The calendar of the shipped notices alone. */
    static final HolidayCalendar CALENDAR = HolidayCalendar.of(CalendarConfigReader.read(PROPERTIES).values());

    private ShippedNotices() {
    }
}
