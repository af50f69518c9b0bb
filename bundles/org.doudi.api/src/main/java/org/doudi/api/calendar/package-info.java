/**
 * The working-day calendar (工作日历) that legal deadlines are counted on (SPEC §3): the national holiday
 * notices of the General Office of the State Council (国务院办公厅), with their days off and the weekend days
 * worked in exchange (调休), loaded as data per year.
 *
 * <p>A deadline counts working days after a start day, never the start day itself. A year whose notice is not
 * loaded yet is counted on weekdays alone and makes the {@link org.doudi.api.calendar.Deadline} provisional;
 * when the calendar data changes its {@link org.doudi.api.calendar.WorkingDayCalendar#revision() revision}
 * moves on, so that provisional deadlines can be recomputed.
 */
package org.doudi.api.calendar;
