package org.doudi.api.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.casework.CaseStatus;

/**
 * A case drawn into a monthly file check, with its check items and findings.
 *
 * @param caseId      the case
 * @param householdId the household
 * @param programId   the program
 * @param street      the case's street when it was sampled
 * @param caseStatus  the case's status when it was sampled
 * @param decidedOn   the day of its decision, within the checked month
 * @param items       what the checker goes through in the file (the check's items)
 * @param reviewedBy  who finished going through the file, once done
 * @param reviewedAt  when
 * @param reviewNote  what the checker noted when finishing
 * @param findings    the findings, by number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileCheckCase(String caseId, String householdId, String programId, String street,
        CaseStatus caseStatus, LocalDate decidedOn, List<String> items, String reviewedBy, Instant reviewedAt,
        String reviewNote, List<FileCheckFinding> findings) {
}
