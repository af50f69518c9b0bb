package org.doudi.program.temporaryrelief.internal;

import org.doudi.api.ValidationException;

/**
 * A yes/no query parameter, read strictly: absent is {@code false}, {@code true} and {@code false} are themselves,
 * anything else is refused (422 on the parameter, rule {@code boolean}) rather than read as {@code false} or turned
 * into a 404 by JAX-RS.
 */
final class QueryFlag {
    private QueryFlag() {
    }

    static boolean of(String field, String text) {
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new ValidationException(field, "boolean", "must be true or false, was '" + text + "'");
    }
}
