package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobService;

/** Shows one job; with --wait, a progress bar until it ends. */
@Service
@Command(scope = "doudi", name = "job-show", description = "Show a background job: state, progress bar, counts "
        + "and the first rejected rows; --wait follows it until it ends (Ctrl-C stops following, not the job)")
public class JobShowCommand implements Action {

    @Argument(index = 0, name = "id", description = "The job id", required = true)
    @Completion(JobCompleter.class)
    String id;

    @Option(name = "--wait", aliases = "-w", description = "Follow the job with a progress bar until it ends")
    boolean wait;

    @Reference
    JobService jobs;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Job job = jobs.find(id).orElse(null);
        if (job == null) {
            session.getConsole().println("No job " + id);
            return null;
        }
        session.getConsole().println(job.type() + " " + job.id() + " by " + job.createdBy() + " at " + job.createdAt()
                + (job.street() == null ? "" : " (street " + job.street() + ")") + " " + job.parameters());
        if (wait) {
            JobProgress.follow(session.getConsole(), jobs, id);
        } else {
            session.getConsole().println(JobProgress.bar(job));
            JobProgress.summary(session.getConsole(), job);
        }
        return null;
    }
}
