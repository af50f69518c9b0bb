package org.doudi.casework.internal.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.doudi.api.calendar.Deadline;

/**
 * Working days under the loaded year notices, immutable. Each loaded year is precomputed into a table of its
 * days, so that counting a deadline walks plain arrays: no lookups in sets and no objects per day. A year not
 * loaded counts Monday to Friday and marks what is counted there as provisional.
 */
final class HolidayCalendar {

    private final SortedMap<Integer, YearNotice> notices;
    private final int firstYear;
    /** Per year from {@link #firstYear}: working[day of year - 1], or null for a year not loaded. */
    private final boolean[][] working;

    private HolidayCalendar(SortedMap<Integer, YearNotice> notices) {
        this.notices = Collections.unmodifiableSortedMap(notices);
        this.firstYear = notices.isEmpty() ? 0 : notices.firstKey();
        this.working = new boolean[notices.isEmpty() ? 0 : notices.lastKey() - firstYear + 1][];
        for (YearNotice notice : notices.values()) {
            working[notice.year() - firstYear] = table(notice);
        }
    }

    /** A calendar of these notices, one per year. */
    static HolidayCalendar of(Collection<YearNotice> notices) {
        SortedMap<Integer, YearNotice> byYear = new TreeMap<>();
        for (YearNotice n : notices) {
            if (byYear.put(n.year(), n) != null) {
                throw new IllegalArgumentException("two notices for " + n.year());
            }
        }
        return new HolidayCalendar(byYear);
    }

    /** This calendar with {@code replacements} loaded over it: a year they hold replaces this calendar's notice. */
    HolidayCalendar with(Collection<YearNotice> replacements) {
        SortedMap<Integer, YearNotice> merged = new TreeMap<>(notices);
        for (YearNotice n : replacements) {
            merged.put(n.year(), n);
        }
        return new HolidayCalendar(merged);
    }

    SortedSet<Integer> loadedYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(notices.keySet()));
    }

    Map<Integer, YearNotice> notices() {
        return notices;
    }

    boolean isWorkingDay(LocalDate date) {
        boolean[] year = tableOf(date.getYear());
        return year != null ? year[date.getDayOfYear() - 1] : isWeekday(date.toEpochDay());
    }

    /** The day {@code workingDays} working days after {@code start}, which itself never counts. */
    Deadline deadline(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a deadline needs 0 or more working days, not " + workingDays);
        }
        if (workingDays == 0) {
            return Deadline.confirmed(start);
        }
        Walk walk = new Walk(start);
        List<Integer> missing = null;
        for (int counted = 0; counted < workingDays; ) {
            if (walk.next()) {
                counted++;
                if (walk.table == null && (missing == null || missing.get(missing.size() - 1) != walk.year)) {
                    missing = missing == null ? new ArrayList<>(2) : missing;
                    missing.add(walk.year);
                }
            }
        }
        LocalDate due = LocalDate.ofEpochDay(walk.epochDay);
        return missing == null ? Deadline.confirmed(due) : new Deadline(due, true, missing);
    }

    /** Working days in (fromExclusive, toInclusive]; negative, counted the other way, when to is before from. */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        long last = toInclusive.toEpochDay();
        Walk walk = new Walk(fromExclusive);
        int count = 0;
        while (walk.epochDay < last) {
            if (walk.next()) {
                count++;
            }
        }
        return count;
    }

    private boolean[] tableOf(int year) {
        int i = year - firstYear;
        return i >= 0 && i < working.length ? working[i] : null;
    }

    private static boolean isWeekday(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) < 5; // 1970-01-01 was a Thursday: 0 is Monday
    }

    private static boolean[] table(YearNotice notice) {
        LocalDate day = LocalDate.of(notice.year(), 1, 1);
        boolean[] table = new boolean[day.lengthOfYear()];
        for (int i = 0; i < table.length; i++, day = day.plusDays(1)) {
            table[i] = notice.isWorkingDay(day);
        }
        return table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayCalendar other && notices.equals(other.notices);
    }

    @Override
    public int hashCode() {
        return notices.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayCalendar" + notices.keySet();
    }

    /** A day-by-day walk forward that looks a year's table up only when it crosses into the year. */
    private final class Walk {
        long epochDay;
        int year;
        boolean[] table;
        private long yearStart;
        private long nextYearStart;

        Walk(LocalDate start) {
            epochDay = start.toEpochDay();
            enter(start.getYear());
        }

        /** Steps to the next day and tells whether it is a working day. */
        boolean next() {
            epochDay++;
            if (epochDay >= nextYearStart) {
                enter(year + 1);
            }
            return table != null ? table[(int) (epochDay - yearStart)] : isWeekday(epochDay);
        }

        private void enter(int newYear) {
            year = newYear;
            table = tableOf(newYear);
            yearStart = LocalDate.of(newYear, 1, 1).toEpochDay();
            nextYearStart = LocalDate.of(newYear + 1, 1, 1).toEpochDay();
        }
    }
}
