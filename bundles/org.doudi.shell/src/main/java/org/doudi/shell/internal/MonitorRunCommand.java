package org.doudi.shell.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobService;
import org.doudi.api.monitoring.MonitoringRunRequest;
import org.doudi.api.monitoring.MonitoringService;

/** Starts the cross-comparison of a month. */
@Service
@Command(scope = "doudi", name = "monitor-run", description = "Run the monthly cross-comparison of partner feeds "
        + "against the registry (district-wide, or one street) as a background job; rerunning raises nothing twice")
public class MonitorRunCommand implements Action {

    @Argument(index = 0, name = "month", description = "The month whose feeds are compared, yyyy-MM", required = true)
    String month;

    @Option(name = "--street", aliases = "-s", description = "Only this street's households")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--wait", aliases = "-w", description = "Follow the job with a progress bar until it ends")
    boolean wait;

    @Reference
    MonitoringService monitoring;

    @Reference
    JobService jobs;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            session.getConsole().println("month must be yyyy-MM");
            return null;
        }
        try {
            Job job = monitoring.run(new MonitoringRunRequest(month.strip(), street),
                    WriteContext.of(Actors.of(session), null));
            JobProgress.accepted(session.getConsole(), job);
            if (wait) {
                JobProgress.follow(session.getConsole(), jobs, job.id());
            }
        } catch (DoudiException e) {
            session.getConsole().println("Run not started: " + e.getMessage());
        }
        return null;
    }
}
