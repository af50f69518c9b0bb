package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.DoudiClock;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.program.ProgramInfo;

/** Lists the installed assistance programs with their parameters in force today, then any warnings. */
@Service
@Command(scope = "doudi", name = "program-list", description = "List the installed assistance programs, their "
        + "parameters in force today and warnings (stale standards, misconfiguration)")
public class ProgramListCommand implements Action {

    @Reference
    ProgramDirectory programs;

    @Reference
    DoudiClock clock;

    @Reference
    Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("Cash");
        table.column("Review");
        table.column("Parameters in force today").maxSize(90).wrap();
        for (AssistanceProgram p : programs.installed()) {
            ProgramInfo info = p.info();
            StringBuilder params = new StringBuilder();
            p.parameters().inForce(clock.today()).forEach((k, v) -> params.append(params.length() == 0 ? "" : ", ")
                    .append(k).append('=').append(v instanceof java.math.BigDecimal
                            ? ((java.math.BigDecimal) v).toPlainString() : v));
            table.addRow().addContent(info.id(), info.nameZh() + " / " + info.nameEn(), info.version(),
                    info.paysMonthlyCash() ? "monthly" : "status", info.reviewIntervalMonths() + " months",
                    params.toString());
        }
        table.print(session.getConsole());
        session.getConsole().println(programs.installed().size() + " programs installed");
        for (String warning : programs.warnings()) {
            session.getConsole().println("WARNING " + warning);
        }
        return null;
    }
}
