package org.doudi.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.program.RuleOutcome;

/** Evaluates a stored household with one program as of a date and prints the decision, rule by rule. */
@Service
@Command(scope = "doudi", name = "program-evaluate", description = "Evaluate a household with a program as of a "
        + "date (today by default): eligibility rule by rule, and the monthly amount with its breakdown")
public class ProgramEvaluateCommand implements Action {

    @Argument(index = 0, name = "household", description = "The household id", required = true)
    @Completion(HouseholdCompleter.class)
    String householdId;

    @Argument(index = 1, name = "program", description = "The program id, e.g. dibao", required = true)
    @Completion(ProgramCompleter.class)
    String programId;

    @Argument(index = 2, name = "asOf", description = "The date to evaluate as of (yyyy-MM-dd); today by default")
    String asOf;

    @Reference
    ProgramDirectory programs;

    @Reference
    DoudiClock clock;

    @Reference
    Session session;

    @Override
    public Object execute() {
        LocalDate date;
        try {
            date = asOf == null ? clock.today() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            session.getConsole().println("asOf must be a date yyyy-MM-dd, was " + asOf);
            return null;
        }
        ProgramDecision d;
        try {
            d = programs.evaluate(programId, householdId, date);
        } catch (DoudiException e) {
            session.getConsole().println(e.getMessage());
            return null;
        }
        session.getConsole().println("Program    " + d.programId() + " " + d.programVersion());
        session.getConsole().println("Household  " + d.householdId() + " as of " + d.asOf());
        session.getConsole().println("Decision   " + (d.eligible() ? "ELIGIBLE" : "NOT ELIGIBLE")
                + ", monthly amount " + Amounts.yuan(d.monthlyAmount())
                + (d.validUntil() == null ? "" : ", valid until " + d.validUntil()));
        ShellTable rules = new ShellTable();
        rules.column("Rule");
        rules.column("Result");
        rules.column("Detail").maxSize(100).wrap();
        for (RuleOutcome r : d.reasons()) {
            rules.addRow().addContent(r.rule(), r.passed() ? "pass" : "FAIL", r.detail());
        }
        rules.print(session.getConsole());
        if (d.eligible()) {
            ShellTable lines = new ShellTable();
            lines.column("Item");
            lines.column("Amount").alignRight();
            lines.column("Detail").maxSize(100).wrap();
            for (BenefitLine l : d.breakdown()) {
                lines.addRow().addContent(l.item(), Amounts.yuan(l.amount()), l.detail());
            }
            lines.print(session.getConsole());
        }
        return null;
    }
}
