package org.doudi.api.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A deadline counted in working days (期限), and whether it may still move.
 *
 * @param due          the last day of the period: the day on which the given number of working days is reached
 * @param provisional  true when a day counted lies in a year whose holiday notice is not loaded: such a year is
 *                     counted on weekdays alone, so {@code due} may change once the notice is loaded
 * @param missingYears the years counted on weekdays alone, ascending; empty when not provisional
 */
public record Deadline(LocalDate due, boolean provisional, List<Integer> missingYears) {

    /** Checks the parts and freezes {@code missingYears}. */
    public Deadline {
        Objects.requireNonNull(due, "due");
        missingYears = List.copyOf(missingYears);
        if (provisional == missingYears.isEmpty()) {
            throw new IllegalArgumentException("a deadline is provisional exactly when years are missing");
        }
    }

    /** A deadline counted on loaded years only. */
    public static Deadline confirmed(LocalDate due) {
        return new Deadline(due, false, List.of());
    }
}
