package org.doudi.api.jobs;

/**
 * A listing of jobs, newest first.
 *
 * @param type   only this kind, or null
 * @param state  only this state, or null
 * @param street only this street's jobs, or null for all
 * @param page   zero-based page
 * @param size   page size
 */
public record JobQuery(JobType type, JobState state, String street, int page, int size) {
}
