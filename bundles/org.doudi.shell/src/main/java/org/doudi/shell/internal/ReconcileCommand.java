package org.doudi.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.supervision.MismatchTotal;
import org.doudi.api.supervision.Reconciliation;
import org.doudi.api.supervision.ReconciliationRowError;
import org.doudi.api.supervision.ReconciliationService;
import org.doudi.api.supervision.ReconciliationTotal;

/** Reconciles a month's fund platform export with the payment roll and prints the figures. */
@Service
@Command(scope = "doudi", name = "reconcile", description = "Reconcile the fund internal-control platform's export "
        + "of a month (a CSV file on the server with the columns idNumber,program,month,amount,account,status; only "
        + "PAID counts as paid) with our payment roll of that month. Prints the roll, the payments and the mismatches "
        + "per street and program, and the mismatches per kind; the result is stored (see /api/reconciliations)")
public class ReconcileCommand implements Action {

    @Argument(index = 0, name = "month", description = "The month reconciled, yyyy-MM", required = true)
    String month;

    @Argument(index = 1, name = "file", description = "Path of the platform's CSV export on the server",
            required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--reason", aliases = "-r", description = "Why (kept in the audit trail)")
    String reason;

    @Option(name = "--errors", description = "Rows with errors to list (default 20)")
    int errors = 20;

    @Reference
    ReconciliationService reconciliations;

    @Reference
    Session session;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            out.println("month must be yyyy-MM");
            return null;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            out.println("No such file: " + path.toAbsolutePath());
            return null;
        }
        Reconciliation r;
        try (InputStream in = Files.newInputStream(path)) {
            r = reconciliations.reconcile(m, in, path.getFileName().toString(), WriteContext.of(Actors.of(session),
                    reason));
        } catch (IOException | DoudiException e) {
            out.println("Not reconciled: " + e.getMessage());
            return null;
        }
        out.println("Reconciliation " + r.id() + " of " + r.month() + ": " + r.rows() + " rows, " + r.rowErrors()
                + " left out, " + r.total().mismatchCount() + " mismatches");
        List<ReconciliationTotal> groups = new ArrayList<>(r.byStreet());
        groups.addAll(r.byProgram());
        groups.add(r.total());
        ShellTable totals = new ShellTable();
        for (String column : List.of("Group", "Roll", "Roll yuan", "Paid", "Paid yuan", "Mismatches")) {
            totals.column(column);
        }
        int streets = r.byStreet().size();
        for (int i = 0; i < groups.size(); i++) {
            ReconciliationTotal t = groups.get(i);
            String label = i < streets ? "street " + t.key()
                    : i < groups.size() - 1 ? "program " + t.key() : "district";
            totals.addRow().addContent(label, t.rollCount(), t.rollAmount().toPlainString(), t.paidCount(),
                    t.paidAmount().toPlainString(), t.mismatchCount());
        }
        totals.print(out);
        ShellTable kinds = new ShellTable();
        kinds.column("Kind");
        kinds.column("Count");
        kinds.column("Yuan");
        for (MismatchTotal k : r.total().mismatches()) {
            kinds.addRow().addContent(k.kind(), k.count(), k.amount().toPlainString());
        }
        kinds.print(out);
        List<ReconciliationRowError> shown = r.errors().subList(0, Math.min(Math.max(0, errors), r.errors().size()));
        for (ReconciliationRowError e : shown) {
            out.println("line " + e.line() + ": " + e.field() + ": " + e.message());
        }
        if (shown.size() < r.errors().size()) {
            out.println("(more row errors: GET /api/reconciliations/" + r.id() + ")");
        }
        return null;
    }
}
