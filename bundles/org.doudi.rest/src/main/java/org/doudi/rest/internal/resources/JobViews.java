package org.doudi.rest.internal.resources;

import org.doudi.api.jobs.Job;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.security.Caller;
import org.doudi.rest.internal.CallerViews;

/**
 * Which jobs a caller may see: district-level callers all; a street-level caller its street's and its own; a
 * partner only the jobs it started (its feeds). A street-level caller sees a district-wide job without the other
 * streets' figures and rows.
 */
final class JobViews {

    private JobViews() {
    }

    static boolean visible(Job job, Caller caller) {
        if (CallerViews.partnerOnly(caller)) {
            return caller.name().equals(job.createdBy());
        }
        if (!caller.streetScoped()) {
            return true;
        }
        return caller.name().equals(job.createdBy())
                || (caller.street() != null && caller.street().equals(job.street()));
    }

    /** A district-wide job as a street-level caller sees it: its own street's counts only, no rows. */
    static Job forStreet(Job job, Caller caller) {
        if (!caller.streetScoped() || job.street() != null) {
            return job;
        }
        String own = "." + caller.street();
        Map<String, Long> counts = job.counts().entrySet().stream()
                .filter(e -> !e.getKey().contains(".") || e.getKey().endsWith(own))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Job(job.id(), job.type(), job.state(), job.percent(), job.processed(), job.total(), counts,
                job.errorCount(), List.of(), job.message(), job.parameters(), job.createdBy(), job.street(),
                job.createdAt(), job.startedAt(), job.finishedAt());
    }
}
