package org.doudi.registry.internal.supervision.reconciliation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.EnrolmentStatus;

/**
 * An enrolment's status for a month, read the way the payment roll reads it: the status in force on the month's
 * first day (the grant counts from the first day of its start month), and for a month not over yet the current
 * status when it is not ACTIVE.
 */
final class EnrolmentMonth {

    private EnrolmentMonth() {
    }

    /** The change in force for {@code month} (its {@code on} is the day it took effect), or null before the start. */
    static EnrolmentChange status(Enrolment e, YearMonth month, LocalDate today) {
        if (month.isBefore(e.startMonth())) {
            return null;
        }
        boolean monthNotOver = !month.atEndOfMonth().isBefore(today);
        if (monthNotOver && e.status() != EnrolmentStatus.ACTIVE) {
            return new EnrolmentChange(e.status(), e.statusReason(), null, e.statusSince(), null, null);
        }
        LocalDate first = month.atDay(1);
        EnrolmentChange in = null;
        List<EnrolmentChange> history = e.history();
        for (int i = 0; i < history.size(); i++) {
            EnrolmentChange c = history.get(i);
            LocalDate effective = i == 0 ? e.startMonth().atDay(1) : c.on();
            if (!effective.isAfter(first)) {
                in = new EnrolmentChange(c.status(), c.reason(), null, effective, null, null);
            }
        }
        return in;
    }
}
