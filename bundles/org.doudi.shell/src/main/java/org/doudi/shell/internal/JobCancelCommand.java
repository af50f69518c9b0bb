package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.DoudiException;
import org.doudi.api.jobs.JobService;

/** Asks a queued or running job to stop. */
@Service
@Command(scope = "doudi", name = "job-cancel", description = "Cancel a QUEUED or RUNNING job; a running one stops "
        + "at its next batch and keeps what it committed")
public class JobCancelCommand implements Action {

    @Argument(index = 0, name = "id", description = "The job id", required = true)
    @Completion(JobCompleter.class)
    String id;

    @Reference
    JobService jobs;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            session.getConsole().println(JobProgress.bar(jobs.cancel(id, Actors.of(session))));
        } catch (DoudiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }
}
