package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.Page;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobQuery;
import org.doudi.api.jobs.JobService;
import org.doudi.api.jobs.JobState;
import org.doudi.api.jobs.JobType;

/** Lists background jobs, newest first. */
@Service
@Command(scope = "doudi", name = "job-list", description = "List background jobs (imports, feed loads, monitoring "
        + "runs, screenings), newest first, with state and percent done")
public class JobListCommand implements Action {

    @Option(name = "--state", description = "Only jobs in this state: QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED")
    @Completion(value = StringsCompleter.class, values = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"})
    String state;

    @Option(name = "--type", description = "Only jobs of this type, e.g. HOUSEHOLD_IMPORT, FEED_LOAD, MONITORING_RUN, SCREENING")
    @Completion(value = StringsCompleter.class, values = {"HOUSEHOLD_IMPORT", "FEED_LOAD", "CITY_RESULTS_IMPORT",
        "MONITORING_RUN", "SCREENING"})
    String type;

    @Option(name = "--size", description = "Jobs to show (1-100)")
    int size = 20;

    @Reference
    JobService jobs;

    @Reference
    Session session;

    @Override
    public Object execute() {
        JobState s;
        JobType t;
        try {
            s = state == null ? null : JobState.valueOf(state.strip().toUpperCase());
            t = type == null ? null : JobType.valueOf(type.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            session.getConsole().println("state must be one of " + java.util.Arrays.toString(JobState.values())
                    + ", type one of " + java.util.Arrays.toString(JobType.values()));
            return null;
        }
        Page<Job> page = jobs.search(new JobQuery(t, s, null, 0, Math.max(1, Math.min(100, size))));
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Type");
        table.column("State");
        table.column("Done");
        table.column("Counts");
        table.column("Errors");
        table.column("By");
        table.column("Created");
        for (Job j : page.items()) {
            table.addRow().addContent(j.id(), j.type(), j.state(), j.percent() + "%", j.counts(), j.errorCount(),
                    j.createdBy(), j.createdAt());
        }
        table.print(session.getConsole());
        session.getConsole().println(page.total() + " jobs");
        return null;
    }
}
