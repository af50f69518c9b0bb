package org.doudi.registry.internal.imports;

/** Records one import run in the audit trail: the import is audited as a job, not household by household. */
@FunctionalInterface
interface ImportAudit {

    /**
     * @param jobId   the job
     * @param actor   who started it
     * @param reason  the one-line summary
     * @param payload the run's figures as JSON
     */
    void record(String jobId, String actor, String reason, String payload);
}
