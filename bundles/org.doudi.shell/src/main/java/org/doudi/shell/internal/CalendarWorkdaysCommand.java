package org.doudi.shell.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.calendar.Deadline;
import org.doudi.api.calendar.WorkingDayCalendar;

/** Counts working days on the national calendar, as a case deadline is counted: the start day never counts. */
@Service
@Command(scope = "doudi", name = "calendar-workdays", description = "The date N working days after a date "
        + "(the start day not counted) on the national holiday calendar, and whether it is provisional")
public class CalendarWorkdaysCommand implements Action {

    /** More than any legal deadline; keeps a typing slip from walking for years. */
    static final int MAX_WORKING_DAYS = 1000;

    @Argument(index = 0, name = "from", description = "The start day (yyyy-MM-dd), e.g. the day of acceptance",
            required = true)
    String from;

    @Argument(index = 1, name = "n", description = "Working days to count (0-" + MAX_WORKING_DAYS + "), e.g. 20",
            required = true)
    int workingDays;

    @Option(name = "--list", aliases = "-l", description = "List the working days counted")
    boolean list;

    @Reference
    WorkingDayCalendar calendar;

    @Reference
    Session session;

    @Override
    public Object execute() {
        LocalDate start;
        try {
            start = LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            session.getConsole().println("from must be a date yyyy-MM-dd, was " + from);
            return null;
        }
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            session.getConsole().println("n must be 0-" + MAX_WORKING_DAYS + " working days, was " + workingDays);
            return null;
        }
        Deadline d = calendar.deadline(start, workingDays);
        if (list) {
            printDays(start, d.due());
        }
        session.getConsole().println("From      " + start + " " + day(start) + " (not counted)");
        session.getConsole().println("Due       " + d.due() + " " + day(d.due()) + ", " + workingDays
                + " working days later");
        session.getConsole().println(d.provisional()
                ? "Status    PROVISIONAL: no holiday notice loaded for " + d.missingYears()
                        + ", counted on weekdays alone; load it into configuration org.doudi.calendar"
                : "Status    final");
        session.getConsole().println("Calendar  years " + calendar.loadedYears() + " loaded, revision "
                + calendar.revision());
        return null;
    }

    private void printDays(LocalDate start, LocalDate due) {
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column("Working day");
        table.column("Day");
        table.column("Note");
        int n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                table.addRow().addContent(++n, d, day(d), note(d));
            }
        }
        table.print(session.getConsole());
    }

    private String note(LocalDate d) {
        if (!calendar.loadedYears().contains(d.getYear())) {
            return "year not loaded: weekday assumed";
        }
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                ? "weekend day worked (调休)" : "";
    }

    private static String day(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
