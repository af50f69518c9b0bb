package org.doudi.api.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The offline verification of a warning ({@code POST /api/warnings/{id}/verification}).
 *
 * @param confirmed  true if the fact was found true; false if the report was wrong. Verification records findings
 *                   only: the effects on enrolments come with the disposition (a wrongly reported death's
 *                   suspended enrolments are restored by DISMISS)
 * @param verifiedOn the day it was verified ({@code yyyy-MM-dd}; today when absent)
 * @param findings   what was found (required)
 * @param verifiedBy who recorded it (set by the server)
 * @param recordedAt when (set by the server)
 */
public record WarningVerification(Boolean confirmed, LocalDate verifiedOn, String findings, String verifiedBy,
        Instant recordedAt) {
}
