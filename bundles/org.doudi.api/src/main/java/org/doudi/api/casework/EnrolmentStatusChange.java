package org.doudi.api.casework;

/**
 * A request to suspend, resume or end an enrolment: {@code POST /api/enrolments/{id}/status}.
 *
 * @param status the new status
 * @param reason why (required to suspend or terminate)
 * @param on     the day it takes effect ({@code yyyy-MM-dd}; today when absent)
 * @param note   what was recorded
 */
public record EnrolmentStatusChange(EnrolmentStatus status, TerminationReason reason, String on, String note) {
}
