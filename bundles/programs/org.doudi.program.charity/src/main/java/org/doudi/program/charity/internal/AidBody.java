package org.doudi.program.charity.internal;

/**
 * The stored JSON of a {@code charity-aid} record (its day and amount are the record's own columns).
 *
 * @param organisationId   the organisation that gave it
 * @param organisationName its name
 * @param personId         the person helped
 * @param name             their name
 * @param idNumberMasked   their ID number, masked
 * @param kind             the kind of aid as the organisation names it, e.g. {@code cash}, {@code 助学金}
 * @param description      what was given, or null
 * @param itemRef          the organisation's own reference of the item, or null
 * @param fileSha256       the imported file it came from
 * @param line             its line in that file
 */
public record AidBody(String organisationId, String organisationName, String personId, String name,
        String idNumberMasked, String kind, String description, String itemRef, String fileSha256, int line) {
}
