package org.doudi.api.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A background job as {@code GET /api/jobs/{id}} shows it.
 *
 * @param id          the job id ({@code jobId} in the {@code 202 Accepted} answer)
 * @param type        what kind of work
 * @param state       where it is
 * @param percent     0–100, how much of the input is done
 * @param processed   input units done (rows, records, households)
 * @param total       input units in all, or null while unknown
 * @param counts      outcome counts, e.g. {@code created}, {@code skipped}, {@code rejected}, {@code warnings}
 * @param errorCount  how many input rows were rejected
 * @param errors      the first rejected rows (at most {@link #MAX_ERRORS_SHOWN}), each with line and reason
 * @param message     why a FAILED job failed; a short summary otherwise
 * @param parameters  what the job was asked to do (month, program, street, file name, file hash …)
 * @param createdBy   who started it
 * @param street      the street it is limited to, or null for the district
 * @param createdAt   when it was accepted
 * @param startedAt   when work began, or null
 * @param finishedAt  when it reached a final state, or null
 */
public record Job(String id, JobType type, JobState state, int percent, long processed, Long total,
        Map<String, Long> counts, long errorCount, List<JobError> errors, String message,
        Map<String, String> parameters, String createdBy, String street, Instant createdAt, Instant startedAt,
        Instant finishedAt) {

    /** How many row errors a job keeps and shows; the count goes on. */
    public static final int MAX_ERRORS_SHOWN = 1000;
}
