package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.registry.DemoDataService;

/** Registers deterministic synthetic households (the same seed gives the same people). */
@Service
@Command(scope = "doudi", name = "demo-data", description = "Register synthetic demo households (generated people, never real ones) spread over the district's streets")
public class DemoDataCommand implements Action {

    @Option(name = "--households", aliases = "-n", description = "How many households (1-1000000)")
    int households = 100;

    @Option(name = "--seed", description = "Generator seed; the same seed gives the same people")
    long seed = 20240723L;

    @Reference
    DemoDataService demo;

    @Reference
    Session session;

    @Override
    public Object execute() {
        int n = demo.generate(households, seed, Actors.of(session));
        session.getConsole().println("Registered " + n + " of " + households + " households (seed " + seed + ")");
        return null;
    }
}
