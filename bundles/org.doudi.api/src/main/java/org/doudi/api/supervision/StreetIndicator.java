package org.doudi.api.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One performance indicator of a street for a month: a count over a count, and their ratio. An indicator whose
 * source is not recorded yet has nulls and says so in {@code note}.
 *
 * @param numerator   what met the measure (e.g. cases decided on time), or null when not recorded
 * @param denominator what the measure is taken over (e.g. cases decided), or null when not recorded
 * @param rate        numerator / denominator to four decimals (half-up), or null when the denominator is 0 or
 *                    unknown
 * @param note        what the figures mean or why they are missing, or null
 */
public record StreetIndicator(Long numerator, Long denominator, BigDecimal rate, String note) {

    /** The indicator of {@code numerator} over {@code denominator}. */
    public static StreetIndicator of(long numerator, long denominator, String note) {
        BigDecimal rate = denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        return new StreetIndicator(numerator, denominator, rate, note);
    }

    /** An indicator whose source is not recorded (yet): nulls, and why. */
    public static StreetIndicator notRecorded(String note) {
        return new StreetIndicator(null, null, null, note);
    }

    /** The sum of two indicators of the same kind (a district total); unknown stays unknown. */
    public StreetIndicator plus(StreetIndicator other) {
        if (numerator == null || other.numerator == null) {
            return notRecorded(note);
        }
        return of(numerator + other.numerator, denominator + other.denominator, note);
    }
}
