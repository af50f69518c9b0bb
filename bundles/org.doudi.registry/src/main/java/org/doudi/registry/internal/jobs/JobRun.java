package org.doudi.registry.internal.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** What a running job sees: its input and parameters, and the handles to report progress. */
public interface JobRun {

    /** The job id. */
    String id();

    /** Who started it (the audit actor). */
    String actor();

    /** The street it is limited to, or null. */
    String street();

    /** Its parameters as submitted. */
    Map<String, String> parameters();

    /** The stored upload it reads, or null. */
    Path input();

    /** The SHA-256 of the upload, or null. */
    String inputHash();

    /** The last committed position (input line, record index …); 0 on a first run. */
    long checkpoint();

    /** How many units the input holds, once known. */
    void total(long total);

    /** How many units are done. */
    void processed(long processed);

    /** Adds {@code delta} to the outcome count {@code key} (e.g. created, skipped, warnings). */
    void count(String key, long delta);

    /** The current value of a count (after a restart: as last persisted). */
    long countOf(String key);

    /** Records a rejected input row; the first {@code Job.MAX_ERRORS_SHOWN} are kept, all are counted. */
    void error(Long line, String ref, String reason);

    /** True once a user asked the job to stop. */
    boolean cancelRequested();

    /**
     * Writes the checkpoint (and the progress and counts so far) on {@code tx}, so it commits with the batch
     * that reached it: a restart resumes exactly after the last committed batch.
     */
    void checkpoint(Connection tx, long position) throws SQLException;
}
