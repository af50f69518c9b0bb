package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.Page;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;

/** Lists households, optionally of one street, a page at a time. */
@Service
@Command(scope = "doudi", name = "household-list", description = "List households of the registry (ID numbers masked)")
public class HouseholdListCommand implements Action {

    @Option(name = "--street", aliases = "-s", description = "Only households served by this street (its id, e.g. tianshanlu)")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--name", aliases = "-n", description = "Only households with a member whose name starts with this")
    String name;

    @Option(name = "--page", description = "Page number, from 0")
    int page = 0;

    @Option(name = "--size", description = "Households per page (1-100)")
    int size = 20;

    @Reference
    HouseholdService households;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Page<Household> result = households.search(new HouseholdQuery(street, null, name, Math.max(0, page),
                Math.max(1, Math.min(100, size))));
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Street");
        table.column("Head");
        table.column("Head ID number");
        table.column("Members").alignRight();
        table.column("Per-capita income").alignRight();
        table.column("Flags");
        for (Household h : result.items()) {
            Member head = h.members().stream().filter(m -> m.endedOn() == null && m.relation() == Relation.HEAD)
                    .findFirst().orElse(h.members().get(0));
            table.addRow().addContent(h.id(), h.street(), head.name(),
                    head.idNumber() == null ? "(none)" : ResidentIdNumber.mask(head.idNumber()), h.memberCount(),
                    h.perCapitaMonthlyIncome().toPlainString(), Flags.of(h));
        }
        table.print(session.getConsole());
        session.getConsole().println("Page " + result.page() + " of " + pages(result) + ", " + result.total() + " households");
        return null;
    }

    private static long pages(Page<?> p) {
        return Math.max(1, (p.total() + p.size() - 1) / p.size());
    }
}
