package org.doudi.api.jobs;

import java.util.Optional;
import org.doudi.api.Page;

/** Reads and cancels background jobs. Jobs are started by the service that owns the work. */
public interface JobService {

    /** The job, with live progress. */
    Optional<Job> find(String id);

    /** Jobs matching the query, newest first. */
    Page<Job> search(JobQuery query);

    /**
     * Asks a live job to stop: a QUEUED job is CANCELLED at once, a RUNNING one at its next batch boundary
     * (what it committed stays). A final job is a 409.
     */
    Job cancel(String id, String actor);
}
