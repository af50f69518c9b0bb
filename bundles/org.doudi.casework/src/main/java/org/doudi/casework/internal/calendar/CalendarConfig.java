package org.doudi.casework.internal.calendar;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the working-day calendar, PID {@code org.doudi.calendar}. Its properties are per year, which
 * metatype cannot enumerate: the two attributes here describe 2026 as the example of every year's pair, and the
 * component reads all {@code year.<yyyy>.*} properties.
 */
@ObjectClassDefinition(id = ConfiguredWorkingDayCalendar.PID, name = "Doudi working-day calendar (工作日历)",
        description = "National holiday notices (国务院办公厅 部分节假日安排的通知), loaded per year. Each year has two "
                + "properties, year.<yyyy>.daysOff and year.<yyyy>.workingWeekends (调休 weekend days worked), each a "
                + "comma-separated list of dates yyyy-MM-dd and inclusive ranges yyyy-MM-dd..yyyy-MM-dd, e.g. "
                + "year.2024.daysOff = 2024-01-01, 2024-02-10..2024-02-17. Set both of a year together "
                + "(config:edit org.doudi.calendar, config:property-set ..., config:update). 2024–2026 are built "
                + "in; a configured year replaces the built-in one. A year not loaded is counted on weekdays alone "
                + "and its deadlines are provisional. Faulty configuration is refused as a whole, logged as an "
                + "ERROR, and the last good calendar stays in use.")
public @interface CalendarConfig {

    @AttributeDefinition(name = "2026 days off (example of year.<yyyy>.daysOff)", required = false,
            description = "Days off in 2026: dates and inclusive ranges, comma-separated. Weekend days may be "
                    + "included; every other year has its own year.<yyyy>.daysOff.")
    String year_2026_daysOff() default ShippedNotices.DAYS_OFF_2026;

    @AttributeDefinition(name = "2026 working weekend days (example of year.<yyyy>.workingWeekends)",
            required = false, description = "Saturdays and Sundays of 2026 that are working days (调休), "
                    + "comma-separated; none of them may be a day off.")
    String year_2026_workingWeekends() default ShippedNotices.WORKING_WEEKENDS_2026;
}
