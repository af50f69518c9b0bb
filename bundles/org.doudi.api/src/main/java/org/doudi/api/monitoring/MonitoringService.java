package org.doudi.api.monitoring;

import java.io.InputStream;
import java.util.List;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;

/**
 * Partner feeds and the cross-comparison. Every method stores its input and returns a QUEUED job at once;
 * the work goes on in the background ({@link org.doudi.api.jobs.JobService}).
 */
public interface MonitoringService {

    /** Loads a CSV feed (header with {@code idNumber}, {@code date} and the type's columns). */
    Job loadFeed(FeedType type, FeedSource source, InputStream csv, WriteContext context);

    /** Loads a JSON feed. */
    Job loadFeed(FeedType type, FeedSubmission submission, WriteContext context);

    /**
     * Imports the city platform's monthly comparison results for one street (CSV: {@code idNumber},
     * {@code type}, {@code date}, optional {@code key}, {@code amount}, {@code detail}) as warnings,
     * deduplicated against ours.
     */
    Job importCityResults(String street, String month, InputStream csv, WriteContext context);

    /** Starts the cross-comparison of a month, for the district or one street. */
    Job run(MonitoringRunRequest request, WriteContext context);

    /** The feed types with their columns (for documentation and the console). */
    default List<FeedType> feedTypes() {
        return List.of(FeedType.values());
    }
}
