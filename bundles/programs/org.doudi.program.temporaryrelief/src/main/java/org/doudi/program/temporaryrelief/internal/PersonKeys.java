package org.doudi.program.temporaryrelief.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doudi.api.Digests;
import org.doudi.api.registry.Member;

/**
 * The lookup keys of a person and a household in records. A member carries every key that exists for them: the
 * SHA-256 of the ID number ({@code idn:}, which follows the person into any household and keeps the number itself
 * out of the record) when one is registered, and always our person id ({@code person:}), so that a grant made
 * before the ID number was registered still matches. A household carries {@code household:<id>}.
 */
final class PersonKeys {
    static final String PERSON = "person:";
    static final String HOUSEHOLD = "household:";

    private PersonKeys() {
    }

    /** Every key of {@code m}: the hashed ID number when there is one, then the person id. */
    static List<String> of(Member m) {
        List<String> keys = new ArrayList<>(2);
        if (m.idNumber() != null && !m.idNumber().isBlank()) {
            keys.add(ofIdNumber(m.idNumber()));
        }
        if (m.personId() != null && !m.personId().isBlank()) {
            keys.add(PERSON + m.personId());
        }
        return keys;
    }

    /** The key of an ID number: {@code idn:} and the SHA-256 of the number stripped and upper-cased. */
    static String ofIdNumber(String idNumber) {
        return "idn:" + Digests.sha256(idNumber.strip().toUpperCase(Locale.ROOT));
    }

    /** The key of a household. */
    static String ofHousehold(String householdId) {
        return HOUSEHOLD + householdId;
    }
}
