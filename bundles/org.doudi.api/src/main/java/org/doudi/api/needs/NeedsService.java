package org.doudi.api.needs;

import java.util.List;
import java.util.Optional;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;

/**
 * Needs assessments (困难画像, SPEC §7). The score is the sum of the six grades' points (HIGH 3, MEDIUM 2, LOW 1);
 * the hardship level is HIGH from {@code highScoreFrom}, MEDIUM from {@code mediumScoreFrom}, LOW below (configuration
 * {@code org.doudi.needs}; defaults 13 and 9, NOT CONFIRMED by the district). Every write is audited in its
 * transaction; street scoping is the caller's concern.
 */
public interface NeedsService {

    /**
     * Records an assessment; it becomes the household's current one and the previous one is superseded (kept).
     *
     * @throws org.doudi.api.ValidationException for a missing or invalid field (a date in the future, one before the
     *         current assessment's)
     * @throws org.doudi.api.DoudiException 404 for an unknown household
     */
    NeedsAssessment assess(NeedsAssessmentRequest request, WriteContext context);

    /** The household's assessments, the newest first (empty when never assessed or unknown). */
    List<NeedsAssessment> history(String householdId);

    /** The household's current assessment. */
    Optional<NeedsAssessment> current(String householdId);

    /** The largest page of the needs list. */
    int MAX_LIST_SIZE = 500;

    /**
     * The needs list (需求清单), one page of it: the current assessments, the highest score first (then the latest
     * assessed, then by household), of the households now living in {@code street} (all streets when null) and of
     * {@code level} (all levels when null), with how many match in all.
     *
     * @param page zero-based page; {@code page × size} at most 1,000,000
     * @param size 1 to {@link #MAX_LIST_SIZE}
     * @throws org.doudi.api.ValidationException for a page or size out of range
     */
    Page<NeedsAssessment> currentList(String street, Grade level, int page, int size);
}
