package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningAssignment;
import org.doudi.api.monitoring.WarningService;

/** Routes an open warning to an advisor (and a street), as POST /api/warnings/{id}/assignment does. */
@Service
@Command(scope = "doudi", name = "warning-assign", description = "Route an OPEN or ASSIGNED warning to an advisor "
        + "for offline verification, optionally to another street; audited with the reason")
public class WarningAssignCommand implements Action {

    @Argument(index = 0, name = "warning", description = "The warning id (open ones complete)", required = true)
    @Completion(WarningCompleter.class)
    String id;

    @Option(name = "--advisor", aliases = "-a", description = "The advisor's user name (required)", required = true)
    String advisor;

    @Option(name = "--street", aliases = "-s", description = "The street that handles it; the household's street "
            + "by default")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--reason", aliases = "-r", description = "Why, e.g. 'visit this week' (kept in the audit trail)")
    String reason;

    @Reference
    WarningService warnings;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            Warning w = warnings.assign(id, new WarningAssignment(street, advisor, reason),
                    WriteContext.of(Actors.of(session), reason));
            session.getConsole().println("Warning " + w.id() + " " + w.status() + " to " + w.assignedTo() + " ("
                    + w.assignedStreet() + "): " + w.type().id() + " of " + w.factDate() + ", household "
                    + w.householdId());
        } catch (ValidationException e) {
            e.violations().forEach(v -> session.getConsole().println("Not assigned: " + v.field() + ": " + v.message()));
        } catch (DoudiException e) {
            session.getConsole().println("Not assigned: " + e.getMessage());
        }
        return null;
    }
}
