package org.doudi.registry.internal.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.jobs.JobError;

/** A JobRun for unit tests: keeps everything in memory; {@link #cancelAfterCheckpoints} simulates a stop. */
public class RecordingJobRun implements JobRun {
    public final String id;
    public final Map<String, String> parameters;
    public final Path input;
    public final Map<String, Long> counts = new HashMap<>();
    public final List<JobError> errors = new ArrayList<>();
    public long total = -1;
    public long processed;
    public long checkpoint;
    public int checkpoints;
    public int cancelAfterCheckpoints = Integer.MAX_VALUE;
    public String actor = "tester";
    public String street;

    public RecordingJobRun(String id, Map<String, String> parameters, Path input) {
        this.id = id;
        this.parameters = parameters;
        this.input = input;
    }

    @Override public String id() { return id; }
    @Override public String actor() { return actor; }
    @Override public String street() { return street; }
    @Override public Map<String, String> parameters() { return parameters; }
    @Override public Path input() { return input; }
    @Override public String inputHash() { return "test-hash"; }
    @Override public long checkpoint() { return checkpoint; }
    @Override public void total(long total) { this.total = total; }
    @Override public void processed(long processed) { this.processed = processed; }
    @Override public void count(String key, long delta) { counts.merge(key, delta, Long::sum); }
    @Override public long countOf(String key) { return counts.getOrDefault(key, 0L); }
    @Override public void error(Long line, String ref, String reason) { errors.add(new JobError(line, ref, reason)); }
    @Override public boolean cancelRequested() { return checkpoints >= cancelAfterCheckpoints; }

    @Override
    public void checkpoint(Connection tx, long position) {
        checkpoint = position;
        checkpoints++;
    }
}
