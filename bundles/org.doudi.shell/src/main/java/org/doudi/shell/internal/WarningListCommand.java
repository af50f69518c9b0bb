package org.doudi.shell.internal;

import java.util.Arrays;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.StreetWarningSummary;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.monitoring.WarningService;
import org.doudi.api.monitoring.WarningStatus;

/** Lists warnings, oldest open first, or the per-street summary. No names or ID numbers are shown. */
@Service
@Command(scope = "doudi", name = "warning-list", description = "List monitoring warnings (oldest open first) of a "
        + "street, type or status, with their age; --summary gives open warnings per street")
public class WarningListCommand implements Action {

    @Option(name = "--street", aliases = "-s", description = "Only this street's warnings")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--type", aliases = "-t", description = "Only this feed type, e.g. death, employment, real-estate")
    @Completion(value = StringsCompleter.class, values = {"death", "employment", "pension", "criminal-sentence",
        "real-estate", "vehicle", "business-registration", "medical-expense", "disability-certification",
        "school-enrolment"})
    String type;

    @Option(name = "--status", description = "Only this status: OPEN, ASSIGNED, VERIFIED, DISPOSED or DISMISSED")
    @Completion(value = StringsCompleter.class, values = {"OPEN", "ASSIGNED", "VERIFIED", "DISPOSED", "DISMISSED"})
    String status;

    @Option(name = "--summary", description = "Open, assigned, verified, high and old warnings per street instead of the list")
    boolean summary;

    @Option(name = "--size", description = "Warnings to show (1-100)")
    int size = 50;

    @Reference
    WarningService warnings;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            if (summary) {
                printSummary();
                return null;
            }
            FeedType t = type == null ? null : FeedType.ofId(type).orElseThrow(() -> new IllegalArgumentException(
                    "type must be one of " + Arrays.stream(FeedType.values()).map(FeedType::id).toList()));
            WarningStatus s = status == null ? null : WarningStatus.valueOf(status.strip().toUpperCase());
            Page<Warning> page = warnings.search(new WarningQuery(street, t, s, null, 0,
                    Math.max(1, Math.min(100, size))));
            ShellTable table = new ShellTable();
            for (String c : new String[] {"ID", "Type", "Severity", "Status", "Street", "Household", "Fact date",
                "Action", "Age (days)", "Assigned to"}) {
                table.column(c);
            }
            for (Warning w : page.items()) {
                table.addRow().addContent(w.id(), w.type().id(), w.severity(), w.status(), w.street(), w.householdId(),
                        w.factDate(), w.suggestedAction(), w.ageDays(), w.assignedTo() == null ? "" : w.assignedTo());
            }
            table.print(session.getConsole());
            session.getConsole().println(page.total() + " warnings");
        } catch (IllegalArgumentException | DoudiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }

    private void printSummary() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Street", "Open", "Assigned", "Verified", "High", "> 30 days", "Oldest (days)",
            "Closed"}) {
            table.column(c);
        }
        for (StreetWarningSummary s : warnings.summary(street)) {
            table.addRow().addContent(s.street(), s.open(), s.assigned(), s.verified(), s.high(), s.olderThan30(),
                    s.oldestAgeDays(), s.closed());
        }
        table.print(session.getConsole());
    }
}
