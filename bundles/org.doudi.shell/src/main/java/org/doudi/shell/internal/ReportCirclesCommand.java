package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiException;
import org.doudi.api.casework.CircleReport;
import org.doudi.api.casework.CircleService;
import org.doudi.api.casework.StreetCircles;

/** The four circles counted per street (GET /api/reports/circles). */
@Service
@Command(scope = "doudi", name = "report-circles", description = "Count the people of each street in the four "
        + "circles (1 covered by policy, 2 covered still needing help, 3 policy edge, 4 others to watch) and in none")
public class ReportCirclesCommand implements Action {

    @Option(name = "--street", aliases = "-s", description = "Only this street (its id, e.g. tianshanlu); every "
            + "street by default")
    @Completion(StreetCompleter.class)
    String street;

    @Reference
    CircleService circles;

    @Reference
    Session session;

    @Override
    public Object execute() {
        CircleReport report;
        try {
            report = circles.report(street);
        } catch (DoudiException e) {
            session.getConsole().println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Street");
        for (String c : new String[] {"1 Covered", "2 Needing help", "3 Policy edge", "4 Watch", "None", "Total"}) {
            table.column(c).alignRight();
        }
        report.streets().forEach(s -> row(table, s.street(), s));
        if (report.total() != null) {
            row(table, "total", report.total());
        }
        table.print(session.getConsole());
        session.getConsole().println("Circles as of " + (report.asOf() == null ? "(not computed yet)" : report.asOf()));
        return null;
    }

    private static void row(ShellTable table, String label, StreetCircles s) {
        table.addRow().addContent(label, s.covered(), s.coveredNeedingHelp(), s.policyEdge(), s.watch(), s.none(),
                s.covered() + s.coveredNeedingHelp() + s.policyEdge() + s.watch() + s.none());
    }
}
