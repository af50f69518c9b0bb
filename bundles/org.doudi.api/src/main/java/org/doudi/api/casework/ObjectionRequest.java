package org.doudi.api.casework;

/**
 * An objection to record while a case is on public notice (公示异议): {@code POST /api/cases/{id}/objections}.
 *
 * @param raisedOn the day it was raised ({@code yyyy-MM-dd}; today when absent): from the first day of the public
 *                 notice to {@code publicNoticeUntil}, and not after today
 * @param raisedBy who raised it (at most 100 characters); {@code anonymous} when absent or blank
 * @param content  what the objection says (required, at most 500 characters)
 */
public record ObjectionRequest(String raisedOn, String raisedBy, String content) {
}
