package org.doudi.api.monitoring;

import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;

/**
 * Big screening (大排查, SPEC §5): after a standard changes, every household is evaluated again, including
 * those refused before for income or assets, and those that may now qualify are listed per street.
 */
public interface ScreeningService {

    /** Starts the screening job. */
    Job start(ScreeningRequest request, WriteContext context);

    /** The candidates a screening found, by street then household (one street, or all when null). */
    Page<ScreeningCandidate> candidates(String screeningId, String street, int page, int size);
}
