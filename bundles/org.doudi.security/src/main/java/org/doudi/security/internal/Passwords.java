package org.doudi.security.internal;

import java.security.SecureRandom;
import java.util.Optional;

/** Password generation and the minimum rules a new password must meet. */
final class Passwords {
    static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Why {@code password} is not acceptable for {@code user}, if it is not. */
    static Optional<String> weakness(String user, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 200) {
            return Optional.of("must be at most 200 characters");
        }
        if (password.equalsIgnoreCase(user)) {
            return Optional.of("must not be the user name");
        }
        if (password.chars().anyMatch(Character::isISOControl) || password.contains(",")) {
            return Optional.of("must not contain commas or control characters");
        }
        return Optional.empty();
    }
}
