package org.doudi.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a command's date option. */
final class Dates {

    private Dates() {
    }

    /** {@code text} as a {@code yyyy-MM-dd} date, null for null; an {@link IllegalArgumentException} naming the option otherwise. */
    static LocalDate parse(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date yyyy-MM-dd, not '" + text + "'");
        }
    }

    /** {@code text} as a constant of {@code type}, null for null; an {@link IllegalArgumentException} listing the values otherwise. */
    static <E extends Enum<E>> E constant(String option, Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be one of " + java.util.Arrays.toString(
                    type.getEnumConstants()));
        }
    }
}
