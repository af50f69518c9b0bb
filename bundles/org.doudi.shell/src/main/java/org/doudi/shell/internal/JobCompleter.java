package org.doudi.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.doudi.api.jobs.JobQuery;
import org.doudi.api.jobs.JobService;

/** Completes the ids of the latest jobs. */
@Service
public class JobCompleter implements Completer {

    @Reference
    JobService jobs;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        jobs.search(new JobQuery(null, null, null, 0, 50)).items().forEach(j -> ids.getStrings().add(j.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
