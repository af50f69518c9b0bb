package org.doudi.shell.internal;

import java.util.List;
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
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ResourceCategory;
import org.doudi.api.resources.ResourceKind;
import org.doudi.api.resources.ResourceQuery;
import org.doudi.api.resources.ResourceService;

/** The resource list (资源清单) with what each resource has left. */
@Service
@Command(scope = "doudi", name = "resource-list", description = "List assistance resources (policies, special "
        + "assistance, union and charity projects) with places and budget left")
public class ResourceListCommand implements Action {

    @Option(name = "--kind", aliases = "-k", description = "Only this kind: POLICY, SPECIAL_ASSISTANCE, UNION_PROJECT, CHARITY_PROJECT or SOCIAL_SERVICE")
    @Completion(value = StringsCompleter.class, values = {"POLICY", "SPECIAL_ASSISTANCE", "UNION_PROJECT",
        "CHARITY_PROJECT", "SOCIAL_SERVICE"})
    String kind;

    @Option(name = "--category", aliases = "-c", description = "Only this category of need, e.g. MEDICAL, EDUCATION, HOUSING")
    @Completion(value = StringsCompleter.class, values = {"LIVING", "MEDICAL", "EDUCATION", "HOUSING", "EMPLOYMENT",
        "DISASTER", "CARE", "PSYCHOLOGICAL", "CHILDREN"})
    String category;

    @Option(name = "--street", aliases = "-s", description = "Only resources serving this street")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--available", description = "Only those open today with a place and money left")
    boolean available;

    @Reference
    ResourceService resources;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            List<AssistanceResource> list = resources.find(new ResourceQuery(
                    Dates.constant("--kind", ResourceKind.class, kind),
                    Dates.constant("--category", ResourceCategory.class, category), street, null,
                    available ? Boolean.TRUE : null));
            ShellTable table = new ShellTable();
            for (String c : new String[] {"ID", "Name", "Kind", "Category", "Provider", "Street", "Places left",
                "Budget left", "Active"}) {
                table.column(c);
            }
            for (AssistanceResource r : list) {
                table.addRow().addContent(r.id(), r.name(), r.kind(), r.category(), r.provider(),
                        r.street() == null ? "district" : r.street(),
                        r.remainingCapacity() == null ? "no limit" : r.remainingCapacity() + " of " + r.capacity(),
                        r.remainingBudget() == null ? "no limit" : r.remainingBudget().toPlainString(),
                        r.active() ? "yes" : "closed");
            }
            table.print(session.getConsole());
            session.getConsole().println(list.size() + " resources");
        } catch (IllegalArgumentException | DoudiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }
}
