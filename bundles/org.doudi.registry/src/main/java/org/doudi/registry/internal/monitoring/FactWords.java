package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.doudi.api.monitoring.FeedType;

/** A partner fact in words, with where it came from: what a warning shows the street. */
final class FactWords {
    private static final int MAX = 1000;

    private FactWords() {
    }

    /**
     * @param source e.g. {@code 人社局, period 2024-10} or {@code city platform, huayanglu 2024-10}
     */
    static String of(FeedType type, LocalDate date, String key, BigDecimal amount, String detail, String source) {
        return of(type, date, key, amount, detail, source, null);
    }

    /**
     * @param source e.g. {@code 人社局, period 2024-10}
     * @param note   what the comparison adds for the street (e.g. a benefit to recalculate), or null
     */
    static String of(FeedType type, LocalDate date, String key, BigDecimal amount, String detail, String source,
            String note) {
        String what = switch (type) {
            case DEATH -> "death registered: died on " + date;
            case EMPLOYMENT -> "social-insurance contributions from " + date + (key == null ? "" : " by employer " + key)
                    + yuan(", monthly wage ", amount);
            case PENSION -> "pension from " + date + (key == null ? "" : " (" + key + ")") + yuan(", ", amount)
                    + (amount == null ? "" : " a month");
            case CRIMINAL_SENTENCE -> "sentenced on " + date + (key == null ? "" : ", case " + key);
            case REAL_ESTATE -> "real estate " + (key == null ? "" : key + " ") + "registered on " + date
                    + yuan(", value ", amount);
            case VEHICLE -> "vehicle " + (key == null ? "" : key + " ") + "registered on " + date
                    + yuan(", value ", amount);
            case BUSINESS_REGISTRATION -> "business " + (key == null ? "" : key + " ") + "registered on " + date
                    + yuan(", capital ", amount);
            case MEDICAL_EXPENSE -> "out-of-pocket medical expense" + yuan(" of ", amount) + " settled on " + date
                    + (key == null ? "" : " at " + key);
            case DISABILITY_CERTIFICATION -> "disability certified on " + date + (key == null ? "" : ", grade " + key);
            case SCHOOL_ENROLMENT -> "school enrolment on " + date + (key == null ? "" : " at " + key);
        };
        String text = what + (detail == null ? "" : " (" + detail + ")") + (note == null ? "" : "; " + note)
                + " — source: " + source;
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }

    private static String yuan(String prefix, BigDecimal amount) {
        return amount == null ? "" : prefix + amount.toPlainString() + " yuan";
    }
}
