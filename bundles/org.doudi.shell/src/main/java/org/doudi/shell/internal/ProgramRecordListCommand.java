package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordQuery;

/**
 * A program's own records kept by the core (e.g. temporary relief's small grants with their follow-up review due),
 * also while the program's bundle is not installed. Shows the indexed columns only, no personal data.
 */
@Service
@Command(scope = "doudi", name = "program-records", description = "List a program's records kept by the core, e.g. "
        + "'doudi:program-records --status REVIEW_DUE --overdue temporary-relief small-grant' for follow-up reviews "
        + "past due")
public class ProgramRecordListCommand implements Action {

    @Argument(index = 0, name = "program", description = "The program id, e.g. temporary-relief", required = true)
    @Completion(ProgramCompleter.class)
    String program;

    @Argument(index = 1, name = "kind", description = "The record kind, e.g. small-grant, plan, consent; every kind of the program when absent")
    String kind;

    @Option(name = "--status", description = "Only this status, e.g. REVIEW_DUE")
    String status;

    @Option(name = "--street", aliases = "-s", description = "Only this street's records")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--household", description = "Only this household's records")
    @Completion(HouseholdCompleter.class)
    String household;

    @Option(name = "--overdue", description = "Only records due before today")
    boolean overdue;

    @Option(name = "--size", description = "Records to show (1-1000)")
    int size = 100;

    @Reference
    ProgramRecordStore records;

    @Reference
    DoudiClock clock;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            Page<ProgramRecord> page = records.find(program, new RecordQuery(kind, household, street, status, null,
                    null, null, overdue ? clock.today() : null, 0, Math.max(1, Math.min(1000, size))));
            ShellTable table = new ShellTable();
            for (String c : new String[] {"ID", "Kind", "Household", "Street", "Status", "Event", "Due", "Amount",
                "Version", "Changed by"}) {
                table.column(c);
            }
            for (ProgramRecord r : page.items()) {
                table.addRow().addContent(r.id(), r.kind(), blank(r.householdId()), blank(r.street()),
                        blank(r.status()), blank(r.eventDate()), blank(r.dueDate()),
                        r.amount() == null ? "" : r.amount().toPlainString(), r.version(), r.updatedBy());
            }
            table.print(session.getConsole());
            session.getConsole().println(page.total() + " records");
        } catch (IllegalArgumentException | DoudiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }

    private static Object blank(Object o) {
        return o == null ? "" : o;
    }
}
