package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.Member;

/** Shows one household: addresses, derived figures, members and economic facts. */
@Service
@Command(scope = "doudi", name = "household-show", description = "Show one household: street, addresses, derived figures (members, per-capita income and assets), members with masked ID numbers, and its incomes, assets and expenditures")
public class HouseholdShowCommand implements Action {

    @Argument(index = 0, name = "id", description = "The household id (completes the first 100)", required = true)
    @Completion(HouseholdCompleter.class)
    String id;

    @Reference
    HouseholdService households;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Household h = households.find(id).orElse(null);
        if (h == null) {
            session.getConsole().println("No household " + id);
            return null;
        }
        session.getConsole().println("Household  " + h.id() + "  (version " + h.version() + ")");
        session.getConsole().println("Street     " + h.street() + " " + (h.streetName() == null ? "" : h.streetName())
                + (h.committee() == null ? "" : ", committee " + h.committee()));
        session.getConsole().println("Hukou      " + h.hukouAddress());
        session.getConsole().println("Residence  " + h.residenceAddress());
        session.getConsole().println("Figures    as of " + h.figuresAsOf() + ": " + h.memberCount() + " members, per-capita income "
                + org.doudi.api.program.Amounts.yuan(h.perCapitaMonthlyIncome()) + "/month, per-capita assets "
                + org.doudi.api.program.Amounts.yuan(h.perCapitaAssets()) + " (monetary " + org.doudi.api.program.Amounts.yuan(h.perCapitaMonetaryAssets())
                + "), rigid expenditure 12 months " + h.rigidExpenditureLast12Months().toPlainString());
        session.getConsole().println("Flags      " + Flags.of(h));
        ShellTable members = new ShellTable();
        members.column("Person");
        members.column("Name");
        members.column("Relation");
        members.column("ID number");
        members.column("Born");
        members.column("Hukou");
        members.column("Tags");
        members.column("Ended");
        for (Member m : h.members()) {
            members.addRow().addContent(m.personId(), m.name(), m.relation(),
                    m.idNumber() == null ? "(none)" : ResidentIdNumber.mask(m.idNumber()), m.birthDate(),
                    Boolean.TRUE.equals(m.hukouLocal()) ? "local" : "non-local",
                    m.tags() == null ? "" : String.join(",", m.tags().stream().map(t -> t.tag()).toList()),
                    m.endedOn() == null ? "" : m.endedOn() + " " + m.endReason());
        }
        members.print(session.getConsole());
        ShellTable facts = new ShellTable();
        facts.column("Kind");
        facts.column("Person");
        facts.column("Type");
        facts.column("Amount").alignRight();
        facts.column("Source");
        for (IncomeItem i : h.incomes()) {
            facts.addRow().addContent("income/month", i.personId(), i.type(), i.monthlyAmount().toPlainString(), i.source());
        }
        for (Asset a : h.assets()) {
            facts.addRow().addContent("asset", a.personId(), a.type(), a.value().toPlainString(), a.source());
        }
        h.expenditures().forEach(e -> facts.addRow().addContent("expenditure", e.personId(), e.type(),
                e.amount().toPlainString(), e.source()));
        facts.print(session.getConsole());
        return null;
    }
}
