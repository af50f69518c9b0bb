package org.doudi.api.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * The national working-day calendar (工作日历): which days are working days, following the holiday notices
 * of the General Office of the State Council (国务院办公厅) with their adjusted working weekends (调休), loaded
 * per year (configuration PID {@code org.doudi.calendar}).
 *
 * <p>In a loaded year a Monday to Friday is a working day unless the notice gives it off, and a Saturday or
 * Sunday is a day off unless the notice makes it a working day. In a year not loaded Monday to Friday are
 * working days, and anything counted there is provisional.
 *
 * <p>Implementations are thread-safe and cheap to call: deadlines of every open case are counted with them.
 */
public interface WorkingDayCalendar {

    /** Whether {@code date} is a working day (in a year not loaded: whether it is Monday to Friday). */
    boolean isWorkingDay(LocalDate date);

    /**
     * The day that is {@code workingDays} working days after {@code start}. The start day itself (the day of
     * acceptance, say) never counts, so {@code deadline(friday, 1)} is the next working day; the result is
     * always a working day, which may be a weekend day worked under the notice. Zero working days give
     * {@code start} itself.
     *
     * @throws IllegalArgumentException when {@code workingDays} is negative
     */
    Deadline deadline(LocalDate start, int workingDays);

    /**
     * The number of working days after {@code fromExclusive} up to and including {@code toInclusive}, so that
     * {@code workingDaysBetween(s, deadline(s, n).due()) == n}. When {@code toInclusive} is before
     * {@code fromExclusive} the count runs the other way and is negative (a deadline passed that many working
     * days ago); equal dates give 0.
     */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

    /** The years whose holiday notice is loaded, ascending. */
    Set<Integer> loadedYears();

    /**
     * A number that increases whenever the calendar data changes (a year loaded or corrected), so that
     * deadlines counted under an older revision, provisional ones above all, can be recomputed. It may grow by
     * more than one, and a restarted server does not go back to an earlier number.
     */
    long revision();
}
