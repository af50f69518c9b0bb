package org.doudi.registry.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The assistance a household receives on the source platform when it is migrated: it becomes a GRANTED case and an
 * ACTIVE enrolment, so the first payroll after the migration still pays it.
 *
 * @param programId     the program, one of the ids the circle rules know
 * @param since         the day it was granted (its month is the enrolment's start month)
 * @param monthlyAmount yuan a month, two decimals; zero for a recognition without cash (e.g. dibao-edge)
 * @param payeeAccount  the account paid to (digits only), or null when nothing is paid
 */
record MigratedEnrolment(String programId, LocalDate since, BigDecimal monthlyAmount, String payeeAccount) {

    /** Months between periodic reviews of a migrated enrolment (the programs' default interval). */
    static final int REVIEW_MONTHS = 12;

    /** The first review on or after {@code today} in the yearly cycle counted from {@link #since}. */
    LocalDate nextReview(LocalDate today) {
        long cycles = 1;
        while (since.plusMonths(REVIEW_MONTHS * cycles).isBefore(today)) {
            cycles++;
        }
        return since.plusMonths(REVIEW_MONTHS * cycles);
    }
}
