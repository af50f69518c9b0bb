package org.doudi.shell.internal;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.casework.CaseAppeal;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseObjection;
import org.doudi.api.casework.CaseService;
import org.doudi.api.casework.CaseTransition;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.RuleOutcome;

/**
 * Shows one case: where it stands, its deadline, every step, the objections raised during public notice, the
 * decision rule by rule, and the reviews and reconsiderations against it with their due days.
 */
@Service
@Command(scope = "doudi", name = "case-show", description = "Show one case with its deadline, its steps, its "
        + "objections, its decision rule by rule and its appeals (复核, 行政复议)")
public class CaseShowCommand implements Action {

    @Argument(index = 0, name = "id", description = "The case id (completes those with the nearest deadlines)", required = true)
    @Completion(CaseCompleter.class)
    String id;

    @Reference
    CaseService cases;

    @Reference
    Session session;

    @Override
    public Object execute() {
        CaseFile c = cases.find(id).orElse(null);
        PrintStream out = session.getConsole();
        if (c == null) {
            out.println("No case " + id);
            return null;
        }
        out.println("Case       " + c.id() + "  (version " + c.version() + ")");
        out.println("Household  " + c.householdId() + ", street " + c.street());
        out.println("Program    " + c.programId());
        out.println("Status     " + c.status());
        out.println("Accepted   " + c.acceptedOn() + "; credit commitment " + yesNo(c.creditCommitment())
                + ", verification authorisation " + yesNo(c.verificationAuthorisation()));
        out.println("Deadline   " + deadline(c) + ", " + c.deadlineWorkingDays() + " working days"
                + (c.overdue() ? "  OVERDUE" : ""));
        if (c.extensionReason() != null) {
            out.println("Extended   " + c.extensionReason() + (c.extensionNote() == null ? "" : ": " + c.extensionNote()));
        }
        if (c.agentName() != null) {
            out.println("Agent      " + c.agentName() + (c.agentRelation() == null ? "" : " (" + c.agentRelation() + ")"));
        }
        if (c.payeeAccount() != null) {
            out.println("Payee      " + c.payeeAccount());
        }
        if (c.publicNoticeUntil() != null) {
            out.println("Notice     public notice until " + c.publicNoticeUntil());
        }
        if (c.enrolmentId() != null) {
            out.println("Enrolment  " + c.enrolmentId());
        }
        ShellTable steps = new ShellTable();
        steps.column("On");
        steps.column("Step");
        steps.column("Actor");
        steps.column("Reason").maxSize(80).wrap();
        for (CaseTransition t : c.transitions()) {
            steps.addRow().addContent(t.on(), (t.from() == null ? "—" : t.from()) + " → " + t.to(), t.actor(),
                    t.reason() == null ? "" : t.reason() + (t.evidence() == null ? "" : " [" + t.evidence() + "]"));
        }
        steps.print(out);
        if (c.objections() != null && !c.objections().isEmpty()) {
            printObjections(c, out);
        }
        if (c.decision() != null) {
            printDecision(c, c.decision(), out);
        }
        if (c.appeals() != null && !c.appeals().isEmpty()) {
            printAppeals(c, out);
        }
        return null;
    }

    private static void printObjections(CaseFile c, PrintStream out) {
        out.println("Objections " + c.objections().size() + " raised during public notice (公示异议)");
        ShellTable t = new ShellTable();
        t.column("Raised on");
        t.column("Raised by");
        t.column("Recorded by");
        t.column("Content").maxSize(80).wrap();
        for (CaseObjection o : c.objections()) {
            t.addRow().addContent(o.raisedOn(), o.raisedBy(), o.recordedBy() + " " + o.recordedAt(), o.content());
        }
        t.print(out);
    }

    private static void printAppeals(CaseFile c, PrintStream out) {
        out.println("Appeals    " + c.appeals().size() + " (复核 review / 行政复议 reconsideration)");
        ShellTable t = new ShellTable();
        t.column("#").alignRight();
        t.column("Kind");
        t.column("Filed");
        t.column("Due");
        t.column("Outcome");
        t.column("Recorded by");
        t.column("Grounds / reason").maxSize(70).wrap();
        for (CaseAppeal a : c.appeals()) {
            String due = a.due() + (a.dueProvisional() ? " (provisional)" : "") + (a.overdue() ? "  OVERDUE" : "");
            String outcome = a.outcome() == null ? "pending" : a.outcome() + " on " + a.outcomeOn();
            t.addRow().addContent(a.number(), a.kind(), a.filedOn(), due, outcome, a.recordedBy(),
                    a.grounds() + (a.outcomeReason() == null ? "" : " → " + a.outcomeReason()));
        }
        t.print(out);
    }

    private static void printDecision(CaseFile c, ProgramDecision d, PrintStream out) {
        out.println("Decision   " + (c.decidedOn() == null ? "" : "on " + c.decidedOn() + ", ")
                + (d.eligible() ? "ELIGIBLE" : "NOT ELIGIBLE") + " as of " + d.asOf()
                + (d.eligible() ? ", monthly amount " + Amounts.yuan(d.monthlyAmount()) : "")
                + (d.validUntil() == null ? "" : ", valid until " + d.validUntil()));
        ShellTable rules = new ShellTable();
        rules.column("Rule");
        rules.column("Result");
        rules.column("Detail").maxSize(100).wrap();
        for (RuleOutcome r : d.reasons()) {
            rules.addRow().addContent(r.rule(), r.passed() ? "pass" : "FAIL", r.detail());
        }
        rules.print(out);
        if (d.eligible() && d.breakdown() != null && !d.breakdown().isEmpty()) {
            ShellTable lines = new ShellTable();
            lines.column("Item");
            lines.column("Amount").alignRight();
            lines.column("Detail").maxSize(100).wrap();
            for (BenefitLine l : d.breakdown()) {
                lines.addRow().addContent(l.item(), Amounts.yuan(l.amount()), l.detail());
            }
            lines.print(out);
        }
    }

    /** The deadline, marked while it is provisional (a year whose holiday notice is not loaded). */
    static String deadline(CaseFile c) {
        return c.deadline() + (c.deadlineProvisional() ? " (provisional)" : "");
    }

    private static String yesNo(boolean signed) {
        return signed ? "signed" : "NOT signed";
    }
}
