package org.doudi.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.doudi.api.StreetDirectory;

/** Completes street ids. */
@Service
public class StreetCompleter implements Completer {

    @Reference
    StreetDirectory streets;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        streets.streets().forEach(s -> delegate.getStrings().add(s.id()));
        return delegate.complete(session, commandLine, candidates);
    }
}
