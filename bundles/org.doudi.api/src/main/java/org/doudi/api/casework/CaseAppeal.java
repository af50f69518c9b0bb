package org.doudi.api.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A review (复核) or administrative reconsideration (行政复议) the applicant asked for against a case's decision,
 * with its own deadline. An {@link AppealOutcome#OVERTURNED} outcome does not reopen the case: a new application
 * is made, or a new case opened.
 *
 * @param number         1 for the case's first appeal, 2 for the second, ...
 * @param kind           review or reconsideration
 * @param filedOn        the day it was filed, within the appeal window after the decision
 * @param grounds        why the applicant disagrees
 * @param due            the day the outcome is due: a number of working days after {@code filedOn} for a review,
 *                       of calendar days for a reconsideration
 * @param dueProvisional true while a review's due day runs into a year whose holiday notice is not loaded
 * @param overdue        no outcome yet and today is after {@code due}
 * @param outcome        how it ended, once recorded
 * @param outcomeOn      the day of the outcome
 * @param outcomeReason  why, as recorded with the outcome
 * @param recordedBy     who recorded the filing (the outcome's recorder is in the audit trail)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseAppeal(int number, AppealKind kind, LocalDate filedOn, String grounds, LocalDate due,
        boolean dueProvisional, boolean overdue, AppealOutcome outcome, LocalDate outcomeOn, String outcomeReason,
        String recordedBy) {
}
