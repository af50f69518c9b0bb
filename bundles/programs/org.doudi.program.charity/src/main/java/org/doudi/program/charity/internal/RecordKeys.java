package org.doudi.program.charity.internal;

import java.util.Locale;
import org.doudi.api.Digests;

/**
 * The kinds of the program's records in the core's record store and the lookup keys they carry. ID numbers are
 * never stored as keys, only their SHA-256.
 */
final class RecordKeys {
    /** A charity organisation (慈善组织). */
    static final String ORGANISATION = "organisation";
    /** A person's consent (知情同意) to one organisation. */
    static final String CONSENT = "consent";
    /** One outbound export of assisted people to an organisation. */
    static final String EXPORT = "export";
    /** One inbound file of aid an organisation gave. */
    static final String IMPORT = "import";
    /** The link of a charity project (a core resource) to the organisation running it. */
    static final String PROJECT = "project";
    /** One item of aid an organisation gave one person, from an import. */
    static final String AID = "charity-aid";

    private RecordKeys() {
    }

    static String idNumber(String normalisedIdNumber) {
        return "idn:" + Digests.sha256(normalisedIdNumber);
    }

    static String organisation(String organisationId) {
        return "org:" + organisationId;
    }

    static String resource(String resourceId) {
        return "resource:" + resourceId;
    }

    static String registration(String registrationNumber) {
        return "reg:" + registrationNumber.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * One item of aid: the same organisation, person, day, kind, amount and (when the file gives one) the
     * organisation's own item reference is the same item. Without a reference the key is the one of the five.
     */
    static String aid(String organisationId, String idNumberKey, String date, String kind, String amount,
            String itemRef) {
        String item = String.join("|", organisationId, idNumberKey, date, kind, amount);
        return "aid:" + Digests.sha256(itemRef == null ? item : item + "|ref:" + itemRef);
    }
}
