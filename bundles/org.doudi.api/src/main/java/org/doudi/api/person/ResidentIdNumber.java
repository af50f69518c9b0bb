package org.doudi.api.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * A validated 18-character citizen identity number of the People's Republic of China,
 * as defined by GB 11643-1999 "Citizen identification number".
 *
 * <p>Structure of the number (positions are 1-based):
 * <ul>
 *   <li>1&ndash;6: administrative division (region) code, GB/T 2260;</li>
 *   <li>7&ndash;14: date of birth, {@code yyyyMMdd};</li>
 *   <li>15&ndash;17: sequence code; position 17 is odd for males and even for females;</li>
 *   <li>18: check character, ISO 7064 MOD 11-2: the first 17 digits are multiplied by the
 *       weights {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}, the sum is taken modulo 11 and
 *       used as index into {@code "10X98765432"}.</li>
 * </ul>
 *
 * <p>Validation rules, checked in this order (the first failing one is reported):
 * <ol>
 *   <li>{@code "length"}: after trimming surrounding whitespace the value has exactly 18 characters;</li>
 *   <li>{@code "format"}: the first 17 characters are ASCII digits and the last one is a digit
 *       or {@code X}; a lower-case {@code x} is accepted and normalised to {@code X};</li>
 *   <li>{@code "region"}: the first two digits are a province-level code of mainland China
 *       (11&ndash;15, 21&ndash;23, 31&ndash;37, 41&ndash;46, 50&ndash;54, 61&ndash;65) or 71 (Taiwan,
 *       found on some mainland-issued cards); or the first six digits are exactly
 *       {@code 810000}, {@code 820000} or {@code 830000} (residence permits for Hong Kong, Macao
 *       and Taiwan residents); or the first digit is {@code 9} (2023 foreigners' permanent
 *       residence ID card, whose prefix is not checked further). Only the province-level part
 *       is checked, so numbers issued under abolished district codes (e.g. {@code 310103}
 *       Luwan, {@code 310108} Zhabei) stay valid;</li>
 *   <li>{@code "birthDate"}: positions 7&ndash;14 form a real calendar date, year &ge; 1900,
 *       not after "today";</li>
 *   <li>{@code "checksum"}: the check character matches the computed one.</li>
 * </ol>
 *
 * <p>Privacy: messages produced by this class never contain the whole number, only the
 * offending part, and {@link #toString()} returns the {@linkplain #masked() masked} form.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ResidentIdNumber {

    /** Time zone used by the overloads that do not take an explicit "today". */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private static final String CHECK_CHARS = "10X98765432";

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71");

    private static final Set<String> PERMIT_PREFIXES = Set.of("810000", "820000", "830000");

    /** Sex encoded in position 17 of the number (odd = male, even = female). */
    public enum Sex {
        /** Position 17 is an odd digit. */
        MALE,
        /** Position 17 is an even digit. */
        FEMALE
    }

    /** Kind of document the number belongs to, derived from its prefix. */
    public enum Kind {
        /** Resident identity card of a mainland (or Taiwan-coded, prefix 71) citizen. */
        RESIDENT,
        /** Residence permit for Hong Kong, Macao or Taiwan residents (prefix 810000, 820000, 830000). */
        HK_MACAO_TAIWAN_PERMIT,
        /** Foreigners' permanent residence ID card, 2023 format (first digit 9). */
        FOREIGN_PERMANENT_RESIDENT
    }

    /**
     * Outcome of {@link #check(String, LocalDate)}.
     *
     * @param valid      whether all rules passed
     * @param normalized the normalised number (trimmed, upper-case {@code X}) when valid, otherwise {@code null}
     * @param rule       machine code of the first failed rule ({@code "length"}, {@code "format"},
     *                   {@code "region"}, {@code "birthDate"}, {@code "checksum"}), {@code null} when valid
     * @param message    English human-readable explanation naming the rule and the offending part
     *                   (never the whole number), {@code null} when valid
     */
    public record Result(boolean valid, String normalized, String rule, String message) {

        /**
         * Returns a description with the number {@linkplain ResidentIdNumber#mask(String) masked}.
         *
         * @return a privacy-safe description of this result
         */
        @Override
        public String toString() {
            return "Result[valid=" + valid + ", normalized=" + mask(normalized)
                    + ", rule=" + rule + ", message=" + message + "]";
        }
    }

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Validates a number against the GB 11643-1999 rules described in the class documentation.
     *
     * @param raw   the number as entered; surrounding whitespace is ignored, may be {@code null}
     * @param today the reference date; birth dates after it are rejected
     * @return the validation result, never {@code null}
     * @throws NullPointerException if {@code today} is {@code null}
     */
    public static Result check(String raw, LocalDate today) {
        if (today == null) {
            throw new NullPointerException("today");
        }
        if (raw == null) {
            return fail("length", "length: ID number is missing");
        }
        String s = raw.strip();
        if (s.length() != LENGTH) {
            return fail("length", "length: ID number must have 18 characters, got " + s.length());
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isDigit(s.charAt(i))) {
                return fail("format", "format: character at position " + (i + 1) + " is not a digit");
            }
        }
        char last = s.charAt(LENGTH - 1);
        if (last == 'x') {
            last = 'X';
            s = s.substring(0, LENGTH - 1) + 'X';
        }
        if (!isDigit(last) && last != 'X') {
            return fail("format", "format: check character at position 18 must be a digit or X");
        }
        if (kindOf(s) == null) {
            char first = s.charAt(0);
            String msg = (first == '8')
                    ? "region: region prefix " + s.substring(0, 6)
                        + " is not a residence permit code (810000, 820000, 830000)"
                    : "region: region prefix " + s.substring(0, 2) + " is not a province-level code";
            return fail("region", msg);
        }
        String datePart = s.substring(6, 14);
        int year = Integer.parseInt(datePart.substring(0, 4));
        int month = Integer.parseInt(datePart.substring(4, 6));
        int day = Integer.parseInt(datePart.substring(6, 8));
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return fail("birthDate", "birthDate: birth date " + datePart + " is not a real calendar date");
        }
        if (year < 1900) {
            return fail("birthDate", "birthDate: birth year " + year + " is before 1900");
        }
        if (birth.isAfter(today)) {
            return fail("birthDate", "birthDate: birth date " + datePart + " is in the future");
        }
        char expected = computeCheck(s);
        if (expected != last) {
            return fail("checksum", "checksum: check character is " + last + ", expected " + expected);
        }
        return new Result(true, s, null, null);
    }

    /**
     * Validates a number using today's date in China ({@code Asia/Shanghai}).
     *
     * @param raw the number as entered, may be {@code null}
     * @return the validation result, never {@code null}
     * @see #check(String, LocalDate)
     */
    public static Result check(String raw) {
        return check(raw, LocalDate.now(CHINA));
    }

    /**
     * Parses and validates a number.
     *
     * @param raw   the number as entered; surrounding whitespace is ignored
     * @param today the reference date; birth dates after it are rejected
     * @return the parsed number
     * @throws IllegalArgumentException if the number is invalid; the message is the one of
     *                                  {@link Result#message()} and never contains the whole number
     */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        Result r = check(raw, today);
        if (!r.valid()) {
            throw new IllegalArgumentException(r.message());
        }
        String v = r.normalized();
        LocalDate birth = LocalDate.of(
                Integer.parseInt(v.substring(6, 10)),
                Integer.parseInt(v.substring(10, 12)),
                Integer.parseInt(v.substring(12, 14)));
        return new ResidentIdNumber(v, birth);
    }

    /**
     * Parses and validates a number using today's date in China ({@code Asia/Shanghai}).
     *
     * @param raw the number as entered
     * @return the parsed number
     * @throws IllegalArgumentException if the number is invalid
     * @see #parse(String, LocalDate)
     */
    public static ResidentIdNumber parse(String raw) {
        return parse(raw, LocalDate.now(CHINA));
    }

    /**
     * Computes the GB 11643-1999 (ISO 7064 MOD 11-2) check character for the first 17 digits.
     *
     * @param first17 exactly 17 ASCII digits
     * @return the check character, one of {@code 0-9} or {@code X}
     * @throws IllegalArgumentException if {@code first17} is not exactly 17 digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected exactly 17 digits");
        }
        for (int i = 0; i < first17.length(); i++) {
            if (!isDigit(first17.charAt(i))) {
                throw new IllegalArgumentException("expected exactly 17 digits");
            }
        }
        return computeCheck(first17);
    }

    /**
     * Masks an identity number for display or logging: the first 6 characters, 11 {@code *}
     * and the last character, e.g. {@code 310105***********5}.
     *
     * @param value any string
     * @return {@code null} if {@code value} is {@code null}; the masked form if it has 18
     *         characters; otherwise {@code "***"}
     */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() != LENGTH) {
            return "***";
        }
        return value.substring(0, 6) + "*".repeat(11) + value.charAt(LENGTH - 1);
    }

    /**
     * Returns the normalised number (18 characters, upper-case {@code X}).
     *
     * @return the normalised number
     */
    public String value() {
        return value;
    }

    /**
     * Returns the region code, i.e. the first 6 digits. It may be a historic, abolished code.
     *
     * @return the 6-digit region code
     */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /**
     * Returns the date of birth encoded in positions 7&ndash;14.
     *
     * @return the birth date
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * Returns the sex encoded in position 17 (odd = male, even = female).
     *
     * @return the sex
     */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Returns the kind of document, derived from the prefix.
     *
     * @return the kind
     */
    public Kind kind() {
        return kindOf(value);
    }

    /**
     * Returns the masked number: the first 6 characters, 11 {@code *} and the check character.
     *
     * @return the masked number, e.g. {@code 310105***********5}
     */
    public String masked() {
        return mask(value);
    }

    /**
     * Two instances are equal when their normalised values are equal.
     *
     * @param o the other object
     * @return whether {@code o} is a {@code ResidentIdNumber} with the same value
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ResidentIdNumber other && value.equals(other.value));
    }

    /**
     * Returns the hash code of the normalised value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the {@linkplain #masked() masked} number, so that logging an instance does not
     * leak the full identity number.
     *
     * @return the masked number
     */
    @Override
    public String toString() {
        return masked();
    }

    private static Kind kindOf(String s) {
        if (s.charAt(0) == '9') {
            return Kind.FOREIGN_PERMANENT_RESIDENT;
        }
        if (PERMIT_PREFIXES.contains(s.substring(0, 6))) {
            return Kind.HK_MACAO_TAIWAN_PERMIT;
        }
        if (PROVINCES.contains(s.substring(0, 2))) {
            return Kind.RESIDENT;
        }
        return null;
    }

    private static char computeCheck(String s) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Result fail(String rule, String message) {
        return new Result(false, null, rule, message);
    }
}
