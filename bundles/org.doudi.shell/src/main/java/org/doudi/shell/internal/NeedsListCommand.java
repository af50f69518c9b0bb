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
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.needs.NeedsService;

/** The needs list (需求清单): current hardship profiles, the highest score first. */
@Service
@Command(scope = "doudi", name = "needs-list", description = "List the households' current needs assessments "
        + "(six dimensions, score, level), the highest score first")
public class NeedsListCommand implements Action {

    @Option(name = "--street", aliases = "-s", description = "Only this street's households")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--level", aliases = "-l", description = "Only this hardship level: HIGH, MEDIUM or LOW")
    @Completion(value = StringsCompleter.class, values = {"HIGH", "MEDIUM", "LOW"})
    String level;

    @Option(name = "--size", description = "Households to show (1-500)")
    int size = 100;

    @Option(name = "--page", description = "Page to show, from 0 (--size households a page)")
    int page;

    @Reference
    NeedsService needs;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            Page<NeedsAssessment> list = needs.currentList(street, Dates.constant("--level", Grade.class, level),
                    page, size);
            ShellTable table = new ShellTable();
            for (String c : new String[] {"Household", "Street", "Assessed", "Level", "Score", "Material", "Health",
                "Education", "Employment", "Social support", "Children"}) {
                table.column(c);
            }
            list.items().forEach(a -> {
                NeedsGrades g = a.grades();
                table.addRow().addContent(a.householdId(), a.street(), a.assessedOn(), a.level(), a.score(),
                        g.material(), g.health(), g.education(), g.employment(), g.socialSupport(), g.childrenYouth());
            });
            table.print(session.getConsole());
            session.getConsole().println(shown(list));
        } catch (IllegalArgumentException | DoudiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }

    /** The footer: how many of how many, and the page when there are more than one. */
    static String shown(Page<NeedsAssessment> list) {
        String of = list.items().size() + " of " + list.total() + " households assessed";
        return list.total() > list.size() ? of + " (page " + list.page() + ", " + list.size() + " a page)" : of;
    }
}
