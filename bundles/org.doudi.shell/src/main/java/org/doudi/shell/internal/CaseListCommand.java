package org.doudi.shell.internal;

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
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseQuery;
import org.doudi.api.casework.CaseService;
import org.doudi.api.casework.CaseStatus;

/** Lists cases by deadline, e.g. the overdue ones of a street (the SLA view of SPEC §3). */
@Service
@Command(scope = "doudi", name = "case-list", description = "List cases ordered by deadline: of one street, "
        + "status or program, or only those past their deadline without a decision")
public class CaseListCommand implements Action {

    @Option(name = "--overdue", aliases = "-o", description = "Only cases awaiting a decision past their deadline")
    boolean overdue;

    @Option(name = "--street", aliases = "-s", description = "Only cases of this street (its id, e.g. tianshanlu)")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--status", description = "Only cases in this status, e.g. UNDER_REVIEW")
    @Completion(value = StringsCompleter.class, values = {"ACCEPTED", "VERIFYING", "INVESTIGATING", "UNDER_REVIEW",
        "PUBLIC_NOTICE", "CONFIRMED", "GRANTED", "REFUSED", "WITHDRAWN"})
    String status;

    @Option(name = "--program", aliases = "-p", description = "Only cases of this program, e.g. dibao")
    @Completion(ProgramCompleter.class)
    String program;

    @Option(name = "--size", description = "Cases to show (1-100)")
    int size = 50;

    @Reference
    CaseService cases;

    @Reference
    Session session;

    @Override
    public Object execute() {
        CaseStatus wanted;
        try {
            wanted = status == null ? null : CaseStatus.valueOf(status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            session.getConsole().println("status must be one of " + java.util.Arrays.toString(CaseStatus.values()));
            return null;
        }
        Page<CaseFile> result;
        try {
            result = cases.search(new CaseQuery(street, wanted, overdue, program, 0, Math.max(1, Math.min(100, size))));
        } catch (DoudiException e) {
            session.getConsole().println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Street");
        table.column("Program");
        table.column("Status");
        table.column("Accepted");
        table.column("Deadline");
        table.column("Overdue");
        for (CaseFile c : result.items()) {
            table.addRow().addContent(c.id(), c.street(), c.programId(), c.status(), c.acceptedOn(),
                    CaseShowCommand.deadline(c), c.overdue() ? "OVERDUE" : "");
        }
        table.print(session.getConsole());
        int shown = result.items().size();
        session.getConsole().println(result.total() + " cases" + (shown < result.total() ? ", " + shown
                + " shown (--size for more)" : ""));
        return null;
    }
}
