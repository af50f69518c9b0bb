package org.doudi.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.doudi.api.casework.CaseQuery;
import org.doudi.api.casework.CaseService;

/**
 * Completes case ids: the {@value #LIMIT} cases with the nearest deadlines, of the street given with
 * {@code --street} on the same command line or of every street.
 */
@Service
public class CaseCompleter implements Completer {

    static final int LIMIT = 100;

    @Reference
    CaseService cases;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        cases.search(new CaseQuery(CompleterArgs.option(commandLine, "--street", "-s"), null, false, null, 0, LIMIT))
                .items().forEach(c -> ids.getStrings().add(c.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
