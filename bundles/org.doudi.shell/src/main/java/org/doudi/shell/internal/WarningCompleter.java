package org.doudi.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.monitoring.WarningService;
import org.doudi.api.monitoring.WarningStatus;

/**
 * Completes the ids of warnings still to be handled (OPEN, then ASSIGNED; oldest first, at most {@value #LIMIT}
 * of each), of the street given with {@code --street} on the same command line or of every street.
 */
@Service
public class WarningCompleter implements Completer {

    static final int LIMIT = 100;

    @Reference
    WarningService warnings;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        String street = CompleterArgs.option(commandLine, "--street", "-s");
        for (WarningStatus status : new WarningStatus[] {WarningStatus.OPEN, WarningStatus.ASSIGNED}) {
            warnings.search(new WarningQuery(street, null, status, null, 0, LIMIT)).items()
                    .forEach(w -> ids.getStrings().add(w.id()));
        }
        return ids.complete(session, commandLine, candidates);
    }
}
