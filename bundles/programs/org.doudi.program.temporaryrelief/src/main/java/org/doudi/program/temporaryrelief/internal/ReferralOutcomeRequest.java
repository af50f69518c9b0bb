package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;

/**
 * How a station referral ended, e.g. {@code {"outcome":"RETURNED_HOME","on":"2024-10-03","note":"..."}}.
 *
 * @param outcome the outcome
 * @param on      the day, not before the person was found nor after today
 * @param note    what was done
 */
public record ReferralOutcomeRequest(ReferralOutcome outcome, LocalDate on, String note) {
}
