package org.doudi.registry.internal.needs;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsGrades;

/**
 * The scoring and scheduling rules, from configuration {@code org.doudi.needs}: score = the six grades' points summed
 * (HIGH 3, MEDIUM 2, LOW 1); level HIGH from {@code highScoreFrom}, MEDIUM from {@code mediumScoreFrom}, LOW below;
 * the next visit is due the level's cycle (in months) after the last visit, or after the assessment when never visited.
 */
record NeedsRules(int highScoreFrom, int mediumScoreFrom, int monthsHigh, int monthsMedium, int monthsLow) {
    static final NeedsRules DEFAULTS = new NeedsRules(13, 9, 1, 3, 6);

    NeedsRules {
        if (mediumScoreFrom < 6 || highScoreFrom > 18 || mediumScoreFrom >= highScoreFrom) {
            throw new IllegalArgumentException("thresholds must satisfy 6 <= mediumScoreFrom < highScoreFrom <= 18, were "
                    + mediumScoreFrom + " and " + highScoreFrom);
        }
        for (int m : new int[] {monthsHigh, monthsMedium, monthsLow}) {
            if (m < 1 || m > 24) {
                throw new IllegalArgumentException("visit cycles must be 1 to 24 months, was " + m);
            }
        }
    }

    static NeedsRules of(NeedsConfig c) {
        return new NeedsRules(c.highScoreFrom(), c.mediumScoreFrom(), c.visitMonthsHigh(), c.visitMonthsMedium(),
                c.visitMonthsLow());
    }

    int score(NeedsGrades grades) {
        return grades.score();
    }

    Grade level(int score) {
        return score >= highScoreFrom ? Grade.HIGH : score >= mediumScoreFrom ? Grade.MEDIUM : Grade.LOW;
    }

    int cycleMonths(Grade level) {
        return switch (level) {
            case HIGH -> monthsHigh;
            case MEDIUM -> monthsMedium;
            case LOW -> monthsLow;
        };
    }

    /** The last visit's day (or the assessment's when never visited) plus the level's cycle. */
    LocalDate due(Grade level, LocalDate lastVisit, LocalDate assessedOn) {
        return (lastVisit != null ? lastVisit : assessedOn).plusMonths(cycleMonths(level));
    }

    static long daysOverdue(LocalDate due, LocalDate asOf) {
        return ChronoUnit.DAYS.between(due, asOf);
    }
}
