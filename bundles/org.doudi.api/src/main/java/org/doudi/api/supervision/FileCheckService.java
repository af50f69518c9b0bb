package org.doudi.api.supervision;

import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * Monthly file checks (档案材料集中核查, SPEC §9): draw a reproducible sample of each street's decided cases, record
 * findings and their corrections, follow corrections to closure. Every write is audited in its transaction; a
 * broken rule is a 422 naming the field, a write that does not fit the record's state a 409.
 */
public interface FileCheckService {

    /** Draws the month's sample: one check per month (409 when the month was drawn already). */
    FileCheck draw(FileCheckRequest request, WriteContext context);

    /** The check with its sampled cases and findings. */
    Optional<FileCheck> find(String id);

    /** The checks, latest month first, without their cases. */
    Page<FileCheck> list(int page, int size);

    /** Records a finding on a sampled case (404 when the case is not in the check). */
    FileCheckFinding recordFinding(String id, String caseId, FileCheckFindingRequest request, WriteContext context);

    /**
     * Records the correction of finding {@code number} as submitted (status {@code CORRECTION_SUBMITTED}); it stays
     * so until the district closes it (409 when a correction was submitted already or it is closed).
     */
    FileCheckFinding recordCorrection(String id, String caseId, int number, FileCheckCorrectionRequest request,
            WriteContext context);

    /**
     * Closes finding {@code number} by accepting its submitted correction (status {@code CLOSED}, with who and
     * when); district only — the caller checks the role. 409 when no correction was submitted or it is closed.
     */
    FileCheckFinding closeFinding(String id, String caseId, int number, WriteContext context);

    /** Marks the sampled case's file as gone through (409 when it was already). */
    FileCheckCase review(String id, String caseId, FileCheckReviewRequest request, WriteContext context);

    /**
     * The open findings (corrections due) of every check, by due day: of one street or all when null, only the
     * overdue ones when asked.
     */
    Page<FileCheckFinding> openCorrections(String street, boolean overdueOnly, int page, int size);
}
