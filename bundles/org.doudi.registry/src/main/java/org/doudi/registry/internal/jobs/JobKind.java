package org.doudi.registry.internal.jobs;

import org.doudi.api.jobs.JobType;

/**
 * One kind of background work, registered as a DS service of this bundle; {@link JobRegistry} runs it on a
 * worker thread. A kind must be restartable: after a server restart it is run again with the job's last
 * {@link JobRun#checkpoint()}, and must neither lose nor repeat committed work.
 */
public interface JobKind {

    /** The job type this kind runs. */
    JobType type();

    /**
     * Does the work. Returns a one-line summary (kept as the job's message). Throwing fails the job with the
     * exception's message; work committed before stays. Should return early when
     * {@link JobRun#cancelRequested()} turns true (checked between batches).
     */
    String run(JobRun run) throws Exception;
}
