package org.doudi.api.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a case: from where to where, on which day, recorded when and by whom, why and on what evidence.
 *
 * @param from     the status before (null for the acceptance)
 * @param to       the status after
 * @param on       the day the step takes effect
 * @param at       when it was recorded
 * @param actor    who recorded it
 * @param reason   why
 * @param evidence the evidence named (documents, reports), if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseTransition(CaseStatus from, CaseStatus to, LocalDate on, Instant at, String actor, String reason,
        String evidence) {
}
