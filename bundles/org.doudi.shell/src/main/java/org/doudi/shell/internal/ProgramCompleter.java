package org.doudi.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.doudi.api.program.ProgramDirectory;

/** Completes the ids of the installed programs. */
@Service
public class ProgramCompleter implements Completer {

    @Reference
    ProgramDirectory programs;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        programs.installed().forEach(p -> delegate.getStrings().add(p.info().id()));
        return delegate.complete(session, commandLine, candidates);
    }
}
