package org.doudi.api.casework;

/**
 * A request to extend a case's decision deadline to 45 working days: {@code POST /api/cases/{id}/extension}.
 *
 * @param reason one of the reasons the rules allow
 * @param note   what happened, for the record
 * @param on     the day the extension was decided ({@code yyyy-MM-dd}; today when absent): on or before the
 *               current deadline — a deadline already missed stays missed
 */
public record ExtensionRequest(ExtensionReason reason, String note, String on) {
}
