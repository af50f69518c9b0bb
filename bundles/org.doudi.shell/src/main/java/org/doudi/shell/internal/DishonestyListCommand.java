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
import org.doudi.api.Page;
import org.doudi.api.supervision.DishonestyQuery;
import org.doudi.api.supervision.DishonestyRecord;
import org.doudi.api.supervision.DishonestyService;

/** Lists dishonesty records (失信记录), latest decision first, with their balance. No names or ID numbers. */
@Service
@Command(scope = "doudi", name = "dishonesty-list", description = "List dishonesty records, latest decision first: "
        + "those on the joint-punishment list today, or all with --all; overpayment, fine and what is outstanding")
public class DishonestyListCommand implements Action {

    @Option(name = "--all", aliases = "-a", description = "Also records no longer listed")
    boolean all;

    @Option(name = "--street", aliases = "-s", description = "Only this street's records")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--size", description = "Records to show (1-100)")
    int size = 50;

    @Reference
    DishonestyService records;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Page<DishonestyRecord> found;
        try {
            found = records.search(new DishonestyQuery(all ? null : Boolean.TRUE, street, null, 0,
                    Math.max(1, Math.min(100, size))));
        } catch (DoudiException e) {
            session.getConsole().println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Household");
        table.column("Street");
        table.column("Program");
        table.column("Kind");
        table.column("Decided");
        table.column("Listed");
        table.column("Overpaid").alignRight();
        table.column("Fine").alignRight();
        table.column("Outstanding").alignRight();
        for (DishonestyRecord r : found.items()) {
            table.addRow().addContent(r.id(), r.householdId(), r.street(), r.programId(), r.kind(), r.decidedOn(),
                    r.listed() ? "LISTED" : "", r.overpaidAmount().toPlainString(), r.fineAmount().toPlainString(),
                    r.outstanding().toPlainString());
        }
        table.print(session.getConsole());
        int shown = found.items().size();
        session.getConsole().println(found.total() + " records" + (shown < found.total() ? ", " + shown
                + " shown (--size for more)" : ""));
        return null;
    }
}
