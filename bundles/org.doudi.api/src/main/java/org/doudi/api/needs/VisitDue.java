package org.doudi.api.needs;

import java.time.LocalDate;

/**
 * When a household's next visit is due: the last visit (or, never visited, the current assessment's day) plus the
 * cycle of its current hardship level.
 *
 * @param householdId   the household
 * @param street        its street (now)
 * @param level         its current hardship level
 * @param cycleMonths   the visit cycle of that level, in months
 * @param lastVisitedOn the last visit's day, or null when never visited
 * @param advisor       the advisor of the last visit, or null when never visited
 * @param assessedOn    the current assessment's day
 * @param dueOn         the day the next visit is due
 * @param daysOverdue   days from {@code dueOn} to the day asked about; 0 or less when not overdue
 */
public record VisitDue(String householdId, String street, Grade level, int cycleMonths, LocalDate lastVisitedOn,
        String advisor, LocalDate assessedOn, LocalDate dueOn, long daysOverdue) {

    /** True when the visit was due before the day asked about. */
    public boolean overdue() {
        return daysOverdue > 0;
    }
}
