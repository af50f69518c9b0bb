package org.doudi.casework.internal.calendar;

import java.util.List;

/** The calendar configuration is faulty; each problem names the property and the entry at fault. */
final class CalendarConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    CalendarConfigException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
