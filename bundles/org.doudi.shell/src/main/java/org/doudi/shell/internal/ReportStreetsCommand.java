package org.doudi.shell.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiException;
import org.doudi.api.supervision.StreetIndicator;
import org.doudi.api.supervision.StreetIndicatorReport;
import org.doudi.api.supervision.StreetIndicatorRow;
import org.doudi.api.supervision.StreetIndicatorService;

/** The street performance indicators of a month (GET /api/reports/streets?month=). */
@Service
@Command(scope = "doudi", name = "report-streets", description = "Street performance indicators of a month for the "
        + "annual evaluation: cases decided by their deadline, warnings closed on time, visits, reconciliation "
        + "errors and file-check findings corrected, each as done/all and a rate; '-' where not recorded")
public class ReportStreetsCommand implements Action {

    @Argument(index = 0, name = "month", description = "The month, yyyy-MM", required = true)
    String month;

    @Option(name = "--street", aliases = "-s", description = "Only this street (its id, e.g. tianshanlu); every "
            + "street and the district total by default")
    @Completion(StreetCompleter.class)
    String street;

    @Reference
    StreetIndicatorService indicators;

    @Reference
    Session session;

    @Override
    public Object execute() {
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            session.getConsole().println("month must be yyyy-MM, not '" + month + "'");
            return null;
        }
        StreetIndicatorReport report;
        try {
            report = indicators.report(m, street);
        } catch (DoudiException e) {
            session.getConsole().println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Street");
        for (String c : new String[] {"Decided by deadline", "Warnings closed on time", "Visits",
            "Reconciliation errors", "Findings corrected"}) {
            table.column(c).alignRight();
        }
        report.streets().forEach(r -> row(table, r));
        if (street == null && report.district() != null) {
            row(table, report.district());
        }
        table.print(session.getConsole());
        session.getConsole().println("Month " + report.month() + "; a warning closed within "
                + report.warningCloseDays() + " days of being raised is on time");
        return null;
    }

    private static void row(ShellTable table, StreetIndicatorRow r) {
        table.addRow().addContent(r.street(), cell(r.deadlineCompliance()), cell(r.warningsClosedOnTime()),
                cell(r.visitCoverage()), cell(r.reconciliationErrors()), cell(r.fileCheckFindingsCorrected()));
    }

    /** {@code 3/4 (75.0%)}; {@code 0/0} without a rate; {@code -} when not recorded. */
    static String cell(StreetIndicator i) {
        if (i == null || i.numerator() == null || i.denominator() == null) {
            return "-";
        }
        String text = i.numerator() + "/" + i.denominator();
        return i.rate() == null ? text : text + " (" + i.rate().movePointRight(2).setScale(1,
                java.math.RoundingMode.HALF_UP).toPlainString() + "%)";
    }
}
