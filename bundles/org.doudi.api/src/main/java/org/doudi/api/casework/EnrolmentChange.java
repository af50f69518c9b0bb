package org.doudi.api.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One status change of an enrolment.
 *
 * @param status the status from {@code on}
 * @param reason why
 * @param note   what was recorded
 * @param on     the day it takes effect
 * @param at     when it was recorded
 * @param actor  who recorded it
 */
public record EnrolmentChange(EnrolmentStatus status, TerminationReason reason, String note, LocalDate on, Instant at,
        String actor) {
}
