package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import org.doudi.api.calendar.Deadline;
import org.doudi.api.calendar.WorkingDayCalendar;
import org.doudi.api.casework.AppealKind;
import org.doudi.registry.internal.entity.CaseAppealRow;

/**
 * When a review (复核) or an administrative reconsideration (行政复议) is due: a review {@code reviewWorkingDays}
 * working days after filing (the filing day does not count), a reconsideration {@code reconsiderationDays}
 * calendar days after it.
 */
final class Appeals {

    private Appeals() {
    }

    /** The days counted for an appeal of this kind under the configuration: working days or calendar days. */
    static int days(AppealKind kind, CaseworkConfig config) {
        return kind == AppealKind.REVIEW ? config.reviewWorkingDays() : config.reconsiderationDays();
    }

    /**
     * The due day of an appeal of {@code kind} filed on {@code filedOn}, {@code days} being working days for a
     * review and calendar days for a reconsideration. Only a review's due day can be provisional (a year whose
     * holiday notice is not loaded).
     */
    static Deadline due(AppealKind kind, LocalDate filedOn, int days, WorkingDayCalendar calendar) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return kind == AppealKind.REVIEW ? calendar.deadline(filedOn, days) : Deadline.confirmed(filedOn.plusDays(days));
    }

    /** No outcome yet, and today is after the due day. */
    static boolean overdue(CaseAppealRow a, LocalDate today) {
        return a.getOutcome() == null && today.isAfter(a.getDue());
    }
}
