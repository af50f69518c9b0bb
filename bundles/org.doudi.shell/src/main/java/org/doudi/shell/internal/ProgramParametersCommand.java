package org.doudi.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;
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
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.EffectiveValue;
import org.doudi.api.program.ParameterSeries;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.program.ProgramParameters;

/** Shows a program's parameters: each effective-dated series and the value in force on a day. */
@Service
@Command(scope = "doudi", name = "program-parameters", description = "Show a program's parameters: the value in "
        + "force on a day (today by default), since when, and every value of the series with its effective date; "
        + "then stale standards and configuration problems")
public class ProgramParametersCommand implements Action {

    @Argument(index = 0, name = "program", description = "The program id, e.g. dibao", required = true)
    @Completion(ProgramCompleter.class)
    String programId;

    @Option(name = "--as-of", aliases = "-d", description = "The day whose values in force are shown (yyyy-MM-dd); "
            + "today by default")
    String asOf;

    @Reference
    ProgramDirectory programs;

    @Reference
    DoudiClock clock;

    @Reference
    Session session;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        LocalDate day;
        try {
            day = asOf == null ? clock.today() : Dates.parse("--as-of", asOf);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return null;
        }
        AssistanceProgram program = programs.find(programId).orElse(null);
        if (program == null) {
            out.println("No program " + programId + " is installed");
            return null;
        }
        ProgramParameters parameters = program.parameters();
        out.println("Program    " + programId + " " + program.info().version() + ", configuration "
                + AssistanceProgram.pidOf(programId));
        out.println("In force   on " + day);
        ShellTable table = new ShellTable();
        table.column("Parameter");
        table.column("Kind");
        table.column("In force").alignRight();
        table.column("Since");
        table.column("Series (from:value)").maxSize(60).wrap();
        table.column("Meaning").maxSize(50).wrap();
        for (ParameterSeries s : parameters.series()) {
            EffectiveValue v = s.on(day).orElse(null);
            table.addRow().addContent(s.name(), s.standard() ? "standard" : "parameter",
                    v == null ? "(not yet)" : v.value().toPlainString(), v == null ? s.values().get(0).from() + " first"
                            : v.from(), s.text(), s.description() == null ? "" : s.description());
        }
        table.print(out);
        out.println(parameters.series().size() + " parameters");
        parameters.staleStandards(day).forEach(w -> out.println("WARNING " + w));
        parameters.problems().forEach(p -> out.println("PROBLEM " + p));
        return null;
    }
}
