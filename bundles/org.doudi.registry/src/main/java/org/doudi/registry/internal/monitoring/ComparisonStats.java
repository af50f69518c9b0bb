package org.doudi.registry.internal.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.doudi.api.monitoring.WarningSeverity;
import org.doudi.registry.internal.jobs.JobRun;

/** What a comparison did, counted locally and handed to the job with each checkpoint. */
final class ComparisonStats {
    private final Map<String, Long> pending = new LinkedHashMap<>();
    private final Map<String, Long> all = new LinkedHashMap<>();

    void add(String key) {
        add(key, 1);
    }

    void add(String key, long n) {
        pending.merge(key, n, Long::sum);
        all.merge(key, n, Long::sum);
    }

    void raised(WarningSeverity severity) {
        add("warnings");
        add(severity.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Passes the counts since the last call to the job. */
    void flushTo(JobRun run) {
        pending.forEach(run::count);
        pending.clear();
    }

    long get(String key) {
        return all.getOrDefault(key, 0L);
    }
}
