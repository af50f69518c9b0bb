package org.doudi.rest.internal.resources;

import java.net.URI;
import javax.ws.rs.core.Response;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobState;
import org.doudi.api.jobs.JobType;

/**
 * The {@code 202 Accepted} answer to a request that starts a background job: its id and where to follow it.
 *
 * @param jobId the job id
 * @param type  the kind of job
 * @param state QUEUED (or already further)
 * @param href  {@code /api/jobs/{jobId}}
 */
public record JobAccepted(String jobId, JobType type, JobState state, String href) {

    /** The 202 response for {@code job}, with a Location header. */
    public static Response of(Job job) {
        String href = "/api/jobs/" + job.id();
        return Response.accepted(new JobAccepted(job.id(), job.type(), job.state(), href))
                .location(URI.create(href)).build();
    }
}
