package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.doudi.api.Digests;
import org.doudi.api.monitoring.FeedType;

/**
 * The identity of a partner fact: SHA-256 of the person's ID number, the feed type, the fact's date and the value
 * that tells two facts of the same person, type and day apart ({@link #identity}). One warning per fact, ever: the
 * warning table's unique {@code fact_hash} holds it, so a rerun raises nothing twice and a dismissed fact never
 * reopens. Our own feeds and the city platform's results go through this one normaliser, so the same fact from
 * both gives the same hash.
 */
final class FactHash {
    private static final char SEPARATOR = '\u001f';

    /** What identifies a fact of a type besides person, type and date. */
    enum Identity {
        /** Nothing: the type has no key column (a death: the date of death alone). */
        NONE,
        /** The key column, which the type requires (employer, plate, property id, case number …). */
        KEY,
        /**
         * The amount: the type's key column is optional (pension: scheme; medical expense: hospital), so one source
         * may send it and the other not; the amount, which the type requires, identifies the fact instead.
         */
        AMOUNT
    }

    private FactHash() {
    }

    static String of(String idNumber, FeedType type, LocalDate date, String key, BigDecimal amount) {
        return Digests.sha256(idNumber + SEPARATOR + type.id() + SEPARATOR + date + SEPARATOR
                + identity(type, key, amount));
    }

    static Identity identityOf(FeedType type) {
        if (type.keyColumn() == null) {
            return Identity.NONE;
        }
        if (type.requiredColumns().contains(type.keyColumn())) {
            return Identity.KEY;
        }
        return type.amountColumn() != null && type.requiredColumns().contains(type.amountColumn()) ? Identity.AMOUNT
                : Identity.KEY;
    }

    /**
     * The identifying value as hashed: nothing for a type without key (a key sent anyway, such as a death
     * certificate number, is ignored); the key normalised ({@link #normalise}) for a type that requires one; the
     * amount with two decimals for a type whose key is optional.
     */
    static String identity(FeedType type, String key, BigDecimal amount) {
        return switch (identityOf(type)) {
            case NONE -> "";
            case KEY -> normalise(key);
            case AMOUNT -> amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        };
    }

    /**
     * A key as compared: Unicode NFKC (full-width letters and digits, the ideographic space become their plain
     * forms), upper case, whitespace runs collapsed to one space and trimmed; "" for none.
     */
    static String normalise(String key) {
        if (key == null) {
            return "";
        }
        String s = ascii(key) ? key : Normalizer.normalize(key, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                gap = b.length() > 0;
                continue;
            }
            if (gap) {
                b.append(' ');
                gap = false;
            }
            b.append(c);
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
