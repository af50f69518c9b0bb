package org.doudi.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobService;
import org.doudi.api.monitoring.FeedSource;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.MonitoringService;

/** Loads a partner department's feed from a CSV file on the server. */
@Service
@Command(scope = "doudi", name = "feed-load", description = "Load a partner department's data feed (CSV with "
        + "idNumber, date and the type's columns) as a background job; a death feed is compared at once")
public class FeedLoadCommand implements Action {

    @Argument(index = 0, name = "type", description = "Feed type: death, employment, pension, criminal-sentence, "
            + "real-estate, vehicle, business-registration, medical-expense, disability-certification, "
            + "school-enrolment", required = true)
    @Completion(value = StringsCompleter.class, values = {"death", "employment", "pension", "criminal-sentence",
        "real-estate", "vehicle", "business-registration", "medical-expense", "disability-certification",
        "school-enrolment"})
    String type;

    @Argument(index = 1, name = "file", description = "Path of the CSV file on the server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--period", aliases = "-p", description = "The month the data covers, yyyy-MM (required)",
            required = true)
    String period;

    @Option(name = "--department", aliases = "-d", description = "The sending department (default: the type's)")
    String department;

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
        FeedType feed = FeedType.ofId(type).orElse(null);
        if (feed == null) {
            session.getConsole().println("Unknown feed type " + type + "; one of "
                    + java.util.Arrays.stream(FeedType.values()).map(FeedType::id).toList());
            return null;
        }
        try {
            YearMonth.parse(period.strip());
        } catch (DateTimeParseException e) {
            session.getConsole().println("--period must be yyyy-MM");
            return null;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            session.getConsole().println("No such file: " + path.toAbsolutePath());
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            Job job = monitoring.loadFeed(feed, new FeedSource(department, period.strip(),
                    path.getFileName().toString()), in, WriteContext.of(Actors.of(session), null));
            JobProgress.accepted(session.getConsole(), job);
            if (wait) {
                JobProgress.follow(session.getConsole(), jobs, job.id());
            }
        } catch (IOException | DoudiException e) {
            session.getConsole().println("Feed not loaded: " + e.getMessage());
        }
        return null;
    }
}
