package org.doudi.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobService;
import org.doudi.api.monitoring.HouseholdImportService;

/** Bulk-imports households from a CSV file on the server (columns in the README). */
@Service
@Command(scope = "doudi", name = "import", description = "Import households and members from a CSV file on the "
        + "server (the district platform's export; columns in the README) as a background job. Bad rows are "
        + "reported with their line; households already imported are skipped")
public class ImportCommand implements Action {

    @Argument(index = 0, name = "file", description = "Path of the CSV file on the server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--reason", aliases = "-r", description = "Why (kept in the audit trail)")
    String reason;

    @Option(name = "--wait", aliases = "-w", description = "Follow the job with a progress bar until it ends")
    boolean wait;

    @Reference
    HouseholdImportService imports;

    @Reference
    JobService jobs;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            session.getConsole().println("No such file: " + path.toAbsolutePath());
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            Job job = imports.importHouseholds(in, path.getFileName().toString(),
                    WriteContext.of(Actors.of(session), reason));
            JobProgress.accepted(session.getConsole(), job);
            if (wait) {
                JobProgress.follow(session.getConsole(), jobs, job.id());
            }
        } catch (IOException | DoudiException e) {
            session.getConsole().println("Import not started: " + e.getMessage());
        }
        return null;
    }
}
