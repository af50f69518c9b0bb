package org.doudi.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdService;

/**
 * Completes household ids: the first {@value #LIMIT} households of the street given with {@code --street} on the
 * same command line, or of the whole registry; a registry of 100,000 households is never read whole.
 */
@Service
public class HouseholdCompleter implements Completer {

    static final int LIMIT = 100;

    @Reference
    HouseholdService households;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        households.search(new HouseholdQuery(CompleterArgs.option(commandLine, "--street", "-s"), null, null, 0, LIMIT))
                .items().forEach(h -> ids.getStrings().add(h.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
