package org.doudi.rest.internal.resources;

import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.program.ProgramInfo;

/** Checks of request values the resources share, each a 422 naming the field. */
final class Checks {

    private Checks() {
    }

    /** An {@code Idempotency-Key} header, when given, is 1 to 200 characters. */
    static void idempotencyKey(String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new ValidationException("Idempotency-Key", "length", "must be 1 to 200 characters");
        }
    }

    /** A street filter, when given, names a street of the district. */
    static void knownStreet(StreetDirectory streets, String street) {
        if (street != null && streets.find(street).isEmpty()) {
            throw new ValidationException("street", "knownStreet", "'" + shortened(street)
                    + "' is not a street of this district");
        }
    }

    /**
     * A program filter, when given, has the shape of a program id. It need not be installed: the cases and
     * enrolments of an uninstalled program stay.
     */
    static void programId(String programId) {
        if (programId != null && (programId.length() > 40 || !programId.matches(ProgramInfo.ID_PATTERN))) {
            throw new ValidationException("programId", "pattern", "must be a program id such as dibao or dibao-edge");
        }
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
