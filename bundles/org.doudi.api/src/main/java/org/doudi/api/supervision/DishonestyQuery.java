package org.doudi.api.supervision;

/**
 * A listing of dishonesty records, latest decision first.
 *
 * @param listed      true: only those on the list today (the joint-punishment list); false: only those not; null: all
 * @param street      only this street, or null
 * @param householdId only this household, or null
 * @param page        zero-based page
 * @param size        page size
 */
public record DishonestyQuery(Boolean listed, String street, String householdId, int page, int size) {
}
