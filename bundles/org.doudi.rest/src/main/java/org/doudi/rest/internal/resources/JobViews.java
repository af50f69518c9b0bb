package org.doudi.rest.internal.resources;

import org.doudi.api.jobs.Job;
import org.doudi.api.security.Caller;

/** Which jobs a caller may see: district-level callers all; a street-level caller its street's and its own. */
final class JobViews {

    private JobViews() {
    }

    static boolean visible(Job job, Caller caller) {
        if (!caller.streetScoped()) {
            return true;
        }
        return caller.name().equals(job.createdBy())
                || (caller.street() != null && caller.street().equals(job.street()));
    }
}
