package org.doudi.api.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One finding of a monthly file check on a sampled case, and its correction (整改).
 *
 * @param fileCheckId        the file check
 * @param month              the month the check covers, {@code yyyy-MM}
 * @param caseId             the sampled case
 * @param street             the street the case belonged to when it was sampled (who corrects it)
 * @param number             the finding's number within the sampled case, from 1
 * @param category           what kind of problem
 * @param item               the check item it concerns, if any (one of the check's items)
 * @param description        what was found
 * @param requiredCorrection what the street must do
 * @param dueOn              the day the correction is due
 * @param status             OPEN, CORRECTION_SUBMITTED (by the street) or CLOSED (accepted by the district)
 * @param overdue            still open and today is after {@code dueOn}
 * @param correctedLate      closed, but corrected after {@code dueOn}
 * @param recordedBy         who recorded the finding
 * @param recordedAt         when
 * @param correctedOn        the day the correction was made
 * @param correction         what was done
 * @param closedBy           who recorded the correction and so closed the finding
 * @param closedAt           when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileCheckFinding(String fileCheckId, String month, String caseId, String street, int number,
        FileCheckFindingCategory category, String item, String description, String requiredCorrection,
        LocalDate dueOn, FileCheckFindingStatus status, boolean overdue, boolean correctedLate, String recordedBy,
        Instant recordedAt, LocalDate correctedOn, String correction, String closedBy, Instant closedAt) {
}
