package org.doudi.casework.internal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads year notices from configuration properties: {@code year.<yyyy>.daysOff} and
 * {@code year.<yyyy>.workingWeekends}, each a comma-separated list of dates ({@code 2024-01-01}) and inclusive
 * ranges ({@code 2024-02-10..2024-02-17}). Blank properties are left out; other properties are not the
 * calendar's and are ignored. Every fault is collected, so that one reading reports them all.
 */
final class CalendarConfigReader {

    static final String DAYS_OFF = "daysOff";
    static final String WORKING_WEEKENDS = "workingWeekends";
    private static final String PREFIX = "year.";
    private static final Pattern KEY = Pattern.compile("year\\.(\\d{4})\\.(" + DAYS_OFF + "|" + WORKING_WEEKENDS + ")");

    private final List<String> problems = new ArrayList<>();

    private CalendarConfigReader() {
    }

    /** The property holding one list of a year. */
    static String key(int year, String list) {
        return PREFIX + year + "." + list;
    }

    /**
     * The notices configured in {@code properties}, by year.
     *
     * @throws CalendarConfigException naming every faulty property and entry
     */
    static SortedMap<Integer, YearNotice> read(Map<String, ?> properties) {
        return new CalendarConfigReader().readAll(properties);
    }

    private SortedMap<Integer, YearNotice> readAll(Map<String, ?> properties) {
        SortedMap<Integer, Set<LocalDate>> daysOff = new TreeMap<>();
        SortedMap<Integer, Set<LocalDate>> workingWeekends = new TreeMap<>();
        for (String key : new TreeSet<>(properties.keySet())) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                problems.add(key + ": not a calendar property; use year.<yyyy>." + DAYS_OFF + " or year.<yyyy>."
                        + WORKING_WEEKENDS);
                continue;
            }
            String text = text(key, properties.get(key));
            if (text == null || text.isBlank()) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            boolean off = m.group(2).equals(DAYS_OFF);
            (off ? daysOff : workingWeekends).put(year, dates(key, year, text, !off));
        }
        SortedMap<Integer, YearNotice> notices = new TreeMap<>();
        for (int year : union(daysOff.keySet(), workingWeekends.keySet())) {
            Set<LocalDate> off = daysOff.get(year);
            Set<LocalDate> worked = workingWeekends.getOrDefault(year, Set.of());
            if (off == null) {
                problems.add(key(year, WORKING_WEEKENDS) + ": set without " + key(year, DAYS_OFF)
                        + "; every notice gives days off, so set both (config:edit, then config:update)");
                continue;
            }
            boolean consistent = true;
            for (LocalDate d : off) {
                if (worked.contains(d)) {
                    problems.add(key(year, DAYS_OFF) + ": " + d + " is also listed in " + key(year, WORKING_WEEKENDS));
                    consistent = false;
                }
            }
            if (consistent) {
                notices.put(year, YearNotice.of(year, off, worked));
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarConfigException(problems);
        }
        return notices;
    }

    private String text(String key, Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof String[] array) {
            return String.join(",", array);
        }
        if (value instanceof Collection<?> list && list.stream().allMatch(String.class::isInstance)) {
            return String.join(",", list.stream().map(String.class::cast).toList());
        }
        problems.add(key + ": must be text, a comma-separated list of dates, was " + value.getClass().getSimpleName());
        return null;
    }

    private Set<LocalDate> dates(String key, int year, String text, boolean weekendsOnly) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String raw : text.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] ends = entry.split("\\.\\.", -1);
            LocalDate first = ends.length <= 2 ? date(key, entry, ends[0]) : null;
            LocalDate last = ends.length == 2 ? date(key, entry, ends[1]) : first;
            if (ends.length > 2) {
                problems.add(key + ": '" + entry + "' is neither a date yyyy-MM-dd nor a range yyyy-MM-dd..yyyy-MM-dd");
            }
            if (first == null || last == null) {
                continue;
            }
            if (last.isBefore(first)) {
                problems.add(key + ": range '" + entry + "' ends before it starts");
            } else if (first.getYear() != year || last.getYear() != year) {
                problems.add(key + ": '" + entry + "' is not in " + year);
            } else {
                addDays(key, entry, first, last, weekendsOnly, dates);
            }
        }
        return dates;
    }

    private void addDays(String key, String entry, LocalDate first, LocalDate last, boolean weekendsOnly,
            Set<LocalDate> dates) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (weekendsOnly && !YearNotice.isWeekend(d)) {
                problems.add(key + ": " + d + (first.equals(last) ? "" : " in '" + entry + "'") + " is a "
                        + d.getDayOfWeek() + ", not a Saturday or Sunday");
                return;
            }
            dates.add(d);
        }
    }

    private LocalDate date(String key, String entry, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(key + ": '" + entry + "' is not a date yyyy-MM-dd"
                    + (entry.contains("..") ? " or a range yyyy-MM-dd..yyyy-MM-dd" : "") + " (" + e.getMessage() + ")");
            return null;
        }
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
