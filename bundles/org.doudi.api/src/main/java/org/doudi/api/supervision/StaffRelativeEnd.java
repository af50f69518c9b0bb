package org.doudi.api.supervision;

import java.time.LocalDate;

/**
 * The end of a close-relative registration ({@code POST /api/staff-relatives/{id}/end}): a divorce, a death, a
 * registration made in error. An ended registration no longer flags or blocks anything.
 *
 * @param endedOn the day it ends ({@code yyyy-MM-dd}; today when absent; never in the future)
 * @param reason  why (required)
 */
public record StaffRelativeEnd(LocalDate endedOn, String reason) {
}
