package org.doudi.casework.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year's holiday notice (放假安排通知): the days off and the weekend days worked in exchange (调休).
 *
 * @param year            the calendar year
 * @param daysOff         the days given off; weekend days may be among them
 * @param workingWeekends the Saturdays and Sundays that are working days
 */
record YearNotice(int year, SortedSet<LocalDate> daysOff, SortedSet<LocalDate> workingWeekends) {

    /** Checks the notice; {@link CalendarConfigReader} reports the same faults with the property that holds them. */
    YearNotice {
        daysOff = Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
        workingWeekends = Collections.unmodifiableSortedSet(new TreeSet<>(workingWeekends));
        for (LocalDate d : daysOff) {
            requireInYear(year, d);
        }
        for (LocalDate d : workingWeekends) {
            requireInYear(year, d);
            if (!isWeekend(d)) {
                throw new IllegalArgumentException(d + " is a " + d.getDayOfWeek() + ", not a weekend day");
            }
            if (daysOff.contains(d)) {
                throw new IllegalArgumentException(d + " is both a day off and a working weekend day");
            }
        }
    }

    /** A notice from plain sets. */
    static YearNotice of(int year, Set<LocalDate> daysOff, Set<LocalDate> workingWeekends) {
        return new YearNotice(year, new TreeSet<>(daysOff), new TreeSet<>(workingWeekends));
    }

    /** Whether {@code date}, a day of this year, is a working day under the notice. */
    boolean isWorkingDay(LocalDate date) {
        return isWeekend(date) ? workingWeekends.contains(date) : !daysOff.contains(date);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requireInYear(int year, LocalDate d) {
        if (d.getYear() != year) {
            throw new IllegalArgumentException(d + " is not in " + year);
        }
    }
}
