package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.supervision.FileCheck;
import org.doudi.api.supervision.FileCheckCase;
import org.doudi.api.supervision.FileCheckRequest;
import org.doudi.api.supervision.FileCheckService;
import org.doudi.api.supervision.FileCheckStreet;

/** Draws the monthly file check's sample (档案材料集中核查) and shows what each street must check. */
@Service
@Command(scope = "doudi", name = "file-check-sample", description = "Draw the monthly file check: a reproducible "
        + "random sample of each street's cases decided in MONTH (once per month); the same month and seed draw the "
        + "same cases")
public class FileCheckSampleCommand implements Action {

    @Argument(index = 0, name = "month", description = "The month whose decided cases are sampled, yyyy-MM",
            required = true)
    String month;

    @Option(name = "--size", aliases = "-n", description = "Cases per street, 1-100 (the configured default, 5, "
            + "when absent)")
    Integer size;

    @Option(name = "--seed", description = "The seed of the draw, to repeat an earlier draw (a random one, shown after the draw, when absent)")
    Long seed;

    @Reference
    FileCheckService checks;

    @Reference
    Session session;

    @Override
    public Object execute() {
        FileCheck c;
        try {
            c = checks.draw(new FileCheckRequest(month.strip(), size, seed, "drawn on the console"),
                    WriteContext.of(Actors.of(session), null));
        } catch (DoudiException e) {
            session.getConsole().println("Sample not drawn: " + e.getMessage());
            return null;
        }
        ShellTable streets = new ShellTable();
        streets.column("Street");
        streets.column("Decided").alignRight();
        streets.column("Sampled").alignRight();
        int drawn = 0;
        for (FileCheckStreet s : c.streets()) {
            streets.addRow().addContent(s.street(), s.population(), s.sampled());
            drawn += s.sampled();
        }
        streets.print(session.getConsole());
        ShellTable cases = new ShellTable();
        cases.column("Street");
        cases.column("Case");
        cases.column("Program");
        cases.column("Decided on");
        for (FileCheckCase x : c.cases()) {
            cases.addRow().addContent(x.street(), x.caseId(), x.programId(), x.decidedOn());
        }
        cases.print(session.getConsole());
        session.getConsole().println("File check " + c.id() + " of " + c.month() + ": " + drawn + " cases, "
                + c.sizePerStreet() + " per street, seed " + c.seed());
        return null;
    }
}
