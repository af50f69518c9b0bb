package org.doudi.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiException;
import org.doudi.api.needs.OverdueVisitQuery;
import org.doudi.api.needs.VisitDue;
import org.doudi.api.needs.VisitService;

/** The daily list of overdue visits (走访), the most overdue first. No names or ID numbers are shown. */
@Service
@Command(scope = "doudi", name = "visit-overdue", description = "List households whose next visit is overdue "
        + "(cycle by hardship level after the last visit or the assessment), the most overdue first")
public class VisitOverdueCommand implements Action {

    @Option(name = "--street", aliases = "-s", description = "Only this street's households")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--advisor", aliases = "-a", description = "Only households last visited by this advisor")
    String advisor;

    @Option(name = "--as-of", description = "Judge on this day (yyyy-MM-dd); today by default")
    String asOf;

    @Reference
    VisitService visits;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            List<VisitDue> due = visits.overdue(new OverdueVisitQuery(street, advisor, Dates.parse("--as-of", asOf)));
            ShellTable table = new ShellTable();
            for (String c : new String[] {"Household", "Street", "Level", "Cycle (months)", "Last visit", "Advisor",
                "Due", "Days overdue"}) {
                table.column(c);
            }
            for (VisitDue d : due) {
                table.addRow().addContent(d.householdId(), d.street(), d.level(), d.cycleMonths(),
                        d.lastVisitedOn() == null ? "never" : d.lastVisitedOn(), d.advisor() == null ? "" : d.advisor(),
                        d.dueOn(), d.daysOverdue());
            }
            table.print(session.getConsole());
            session.getConsole().println(due.size() + " overdue");
        } catch (IllegalArgumentException | DoudiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }
}
