package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
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
import org.doudi.api.monitoring.ScreeningRequest;
import org.doudi.api.monitoring.ScreeningService;

/** Starts a big screening (大排查). */
@Service
@Command(scope = "doudi", name = "screening-start", description = "Big screening: re-evaluate every household "
        + "(including those refused before) for a program and list per street those that may now qualify "
        + "(GET /api/screenings/{id}/candidates)")
public class ScreeningStartCommand implements Action {

    @Option(name = "--program", aliases = "-p", description = "The program (default dibao)")
    @Completion(ProgramCompleter.class)
    String program = "dibao";

    @Option(name = "--as-of", description = "The day to evaluate on, yyyy-MM-dd (default today)")
    String asOf;

    @Option(name = "--street", aliases = "-s", description = "Only this street's households")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--reason", aliases = "-r", description = "Why, e.g. the new standard")
    String reason;

    @Option(name = "--wait", aliases = "-w", description = "Follow the job with a progress bar until it ends")
    boolean wait;

    @Reference
    ScreeningService screenings;

    @Reference
    JobService jobs;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            Job job = screenings.start(new ScreeningRequest(program, asOf, street, reason),
                    WriteContext.of(Actors.of(session), reason));
            JobProgress.accepted(session.getConsole(), job);
            if (wait) {
                JobProgress.follow(session.getConsole(), jobs, job.id());
            }
        } catch (DoudiException e) {
            session.getConsole().println("Screening not started: " + e.getMessage());
        }
        return null;
    }
}
