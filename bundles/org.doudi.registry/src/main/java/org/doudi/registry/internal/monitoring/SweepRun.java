package org.doudi.registry.internal.monitoring;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.doudi.registry.internal.jobs.JobRun;

/**
 * The {@link JobRun} the sweeper hands a comparison: no stored job, no checkpoint (a death batch is compared whole,
 * harmlessly again after a restart), counts kept in memory for the log, stopped when the component deactivates.
 */
final class SweepRun implements JobRun {
    private final String id;
    private final BooleanSupplier stopping;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    SweepRun(String id, BooleanSupplier stopping) {
        this.id = id;
        this.stopping = stopping;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String actor() {
        return EnrolmentEffects.SYSTEM;
    }

    @Override
    public String street() {
        return null;
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of();
    }

    @Override
    public Path input() {
        return null;
    }

    @Override
    public String inputHash() {
        return null;
    }

    @Override
    public long checkpoint() {
        return 0;
    }

    @Override
    public void total(long total) {
        // no progress to show
    }

    @Override
    public void processed(long processed) {
        // no progress to show
    }

    @Override
    public void count(String key, long delta) {
        counts.merge(key, delta, Long::sum);
    }

    @Override
    public long countOf(String key) {
        return counts.getOrDefault(key, 0L);
    }

    @Override
    public void error(Long line, String ref, String reason) {
        // a comparison reports no row errors
    }

    @Override
    public boolean cancelRequested() {
        return stopping.getAsBoolean();
    }

    @Override
    public void checkpoint(Connection tx, long position) {
        // compared whole each time
    }
}
