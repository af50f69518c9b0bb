package org.doudi.rest.internal.resources;

import org.doudi.api.ValidationException;

/** Checks of the query values that describe an uploaded file. */
final class Uploads {

    private Uploads() {
    }

    static void checkName(String field, String name) {
        if (name != null && (name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl))) {
            throw new ValidationException(field, "format", "must be 1 to 200 printable characters");
        }
    }
}
