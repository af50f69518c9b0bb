package org.doudi.registry.internal.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobError;
import org.doudi.api.jobs.JobState;
import org.doudi.api.jobs.JobType;

/**
 * A queued or running job: its live progress in memory (what {@code GET /api/jobs/{id}} shows) and the handle
 * its {@link JobKind} reports through. Counts and errors reach the database with each checkpoint, in the
 * transaction of the work they describe, so a resumed job continues from consistent numbers.
 */
final class LiveJob implements JobRun {
    private final JobRegistry owner;
    private final String id;
    private final JobType type;
    private final String actor;
    private final String street;
    private final Map<String, String> parameters;
    private final Path input;
    private final String inputHash;
    private final Instant createdAt;
    private final long resumedFrom;

    private volatile JobState state;
    private volatile Long total;
    private volatile long processed;
    private volatile boolean cancelRequested;
    private volatile boolean sawStop;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String message;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<JobError> shownErrors = new ArrayList<>();
    private final List<JobError> unsavedErrors = new ArrayList<>();
    private long errorCount;
    private int savedErrors;

    LiveJob(JobRegistry owner, String id, JobType type, String actor, String street, Map<String, String> parameters,
            Path input, String inputHash, Instant createdAt, long resumedFrom) {
        this.owner = owner;
        this.id = id;
        this.type = type;
        this.actor = actor;
        this.street = street;
        this.parameters = Map.copyOf(parameters);
        this.input = input;
        this.inputHash = inputHash;
        this.createdAt = createdAt;
        this.resumedFrom = resumedFrom;
        this.state = JobState.QUEUED;
    }

    static LiveJob resumed(JobRegistry owner, Job stored, long checkpoint, String inputFile, String inputHash,
            boolean cancelRequested) {
        LiveJob j = new LiveJob(owner, stored.id(), stored.type(), stored.createdBy(), stored.street(),
                stored.parameters(), inputFile == null ? null : Path.of(inputFile), inputHash, stored.createdAt(),
                checkpoint);
        j.counts.putAll(stored.counts());
        j.shownErrors.addAll(stored.errors());
        j.savedErrors = stored.errors().size();
        j.errorCount = stored.errorCount();
        j.processed = stored.processed();
        j.total = stored.total();
        j.startedAt = stored.startedAt();
        j.cancelRequested = cancelRequested;
        return j;
    }

    static int percent(JobState state, long processed, Long total) {
        if (state == JobState.SUCCEEDED) {
            return 100;
        }
        if (total == null || total <= 0) {
            return 0;
        }
        return (int) Math.min(99, processed * 100 / total);
    }

    synchronized Job view() {
        return new Job(id, type, state, percent(state, processed, total), processed, total, Map.copyOf(counts),
                errorCount, List.copyOf(shownErrors), message, parameters, actor, street, createdAt, startedAt,
                finishedAt);
    }

    // --- JobRun, for the kind ---

    @Override
    public String id() {
        return id;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public String street() {
        return street;
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public Path input() {
        return input;
    }

    @Override
    public String inputHash() {
        return inputHash;
    }

    @Override
    public long checkpoint() {
        return resumedFrom;
    }

    @Override
    public void total(long total) {
        this.total = total;
    }

    @Override
    public void processed(long processed) {
        this.processed = processed;
        owner.progressed(this);
    }

    @Override
    public synchronized void count(String key, long delta) {
        counts.merge(key, delta, Long::sum);
    }

    @Override
    public synchronized long countOf(String key) {
        return counts.getOrDefault(key, 0L);
    }

    @Override
    public synchronized void error(Long line, String ref, String reason) {
        errorCount++;
        if (shownErrors.size() < Job.MAX_ERRORS_SHOWN) {
            JobError e = new JobError(line, ref, reason);
            shownErrors.add(e);
            unsavedErrors.add(e);
        }
    }

    @Override
    public boolean cancelRequested() {
        if (cancelRequested) {
            return true;
        }
        if (owner.stopping()) {
            sawStop = true;
            return true;
        }
        return false;
    }

    /** True once the kind was told the server is stopping (it then returns early, to be resumed). */
    boolean sawStop() {
        return sawStop;
    }

    @Override
    public void checkpoint(Connection tx, long position) throws SQLException {
        List<JobError> batch;
        int firstSeq;
        long errors;
        synchronized (this) {
            batch = List.copyOf(unsavedErrors);
            firstSeq = savedErrors;
            errors = errorCount;
        }
        owner.store().checkpoint(tx, this, position, batch, firstSeq, errors);
        synchronized (this) {
            // the caller commits next; should it roll back instead, the job fails: its error count stays right, only
            // these rows may be missing from the stored list
            unsavedErrors.subList(0, batch.size()).clear();
            savedErrors += batch.size();
        }
    }

    // --- for the registry ---

    JobType type() {
        return type;
    }

    JobState state() {
        return state;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    String message() {
        return message;
    }

    Long totalOrNull() {
        return total;
    }

    long processedNow() {
        return processed;
    }

    synchronized Map<String, Long> countsNow() {
        return new LinkedHashMap<>(counts);
    }

    boolean cancelFlag() {
        return cancelRequested;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    void start(Instant now) {
        state = JobState.RUNNING;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** Moves to a final state; returns the errors not yet stored and the first sequence number for them. */
    synchronized Object[] end(JobState finalState, String message, Instant now) {
        this.state = finalState;
        this.message = message;
        this.finishedAt = now;
        Object[] out = {List.copyOf(unsavedErrors), savedErrors, errorCount};
        savedErrors += unsavedErrors.size();
        unsavedErrors.clear();
        return out;
    }
}
