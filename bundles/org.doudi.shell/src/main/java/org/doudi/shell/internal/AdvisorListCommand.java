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
import org.doudi.api.needs.AdvisorSummary;
import org.doudi.api.needs.VisitService;

/** The advisor list (顾问清单): who visits which street's households, and how many of theirs are overdue. */
@Service
@Command(scope = "doudi", name = "advisor-list", description = "List the advisors who recorded visits: households, "
        + "visits, last visit and how many of their households are overdue")
public class AdvisorListCommand implements Action {

    @Option(name = "--street", aliases = "-s", description = "Only this street")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--as-of", description = "Judge overdue visits on this day (yyyy-MM-dd); today by default")
    String asOf;

    @Reference
    VisitService visits;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            List<AdvisorSummary> advisors = visits.advisors(street, Dates.parse("--as-of", asOf));
            ShellTable table = new ShellTable();
            for (String c : new String[] {"Advisor", "Street", "Households", "Visits", "Last visit", "Overdue"}) {
                table.column(c);
            }
            for (AdvisorSummary a : advisors) {
                table.addRow().addContent(a.advisor(), a.street(), a.households(), a.visits(), a.lastVisit(),
                        a.overdue());
            }
            table.print(session.getConsole());
            session.getConsole().println(advisors.size() + " advisors");
        } catch (IllegalArgumentException | DoudiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }
}
