package org.doudi.api.jobs;

/** Where a job is in its life. QUEUED and RUNNING are live; the other three are final. */
public enum JobState {
    /** Accepted, waiting for a worker. */
    QUEUED,
    /** Being worked on. */
    RUNNING,
    /** Finished; its counts and row errors say what happened. */
    SUCCEEDED,
    /** Stopped by a failure; {@link Job#message()} says why. Work committed before the failure stays. */
    FAILED,
    /** Stopped at the request of a user; work committed before that stays. */
    CANCELLED;

    /** True for SUCCEEDED, FAILED and CANCELLED. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
