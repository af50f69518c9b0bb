package org.doudi.api.casework;

/**
 * A review (复核) or administrative reconsideration (行政复议) to record against a decided case:
 * {@code POST /api/cases/{id}/appeals}.
 *
 * @param kind    {@code REVIEW} or {@code RECONSIDERATION} (required)
 * @param filedOn the day it was filed ({@code yyyy-MM-dd}; today when absent): from the decision day to
 *                {@code appealWindowDays} calendar days after it, and not after today
 * @param grounds why the applicant disagrees with the decision (required, at most 500 characters)
 */
public record AppealRequest(AppealKind kind, String filedOn, String grounds) {
}
