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
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ReferralStatus;

/** Referrals (转介) to resources, the newest first: the daily list of those waiting for an outcome. */
@Service
@Command(scope = "doudi", name = "referral-list", description = "List referrals of needs to resources, newest "
        + "first; --status REFERRED shows those still waiting for an answer")
public class ReferralListCommand implements Action {

    @Option(name = "--street", aliases = "-s", description = "Only this street's households")
    @Completion(StreetCompleter.class)
    String street;

    @Option(name = "--status", description = "Only this status: REFERRED, ACCEPTED, DELIVERED, DECLINED or WITHDRAWN")
    @Completion(value = StringsCompleter.class, values = {"REFERRED", "ACCEPTED", "DELIVERED", "DECLINED",
        "WITHDRAWN"})
    String status;

    @Option(name = "--household", description = "Only this household's referrals")
    @Completion(HouseholdCompleter.class)
    String household;

    @Option(name = "--resource", description = "Only referrals to this resource (its id, see doudi:resource-list)")
    String resource;

    @Option(name = "--size", description = "Referrals to show (1-200)")
    int size = 50;

    @Reference
    ReferralService referrals;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            Page<Referral> page = referrals.find(new ReferralQuery(household, resource, street,
                    Dates.constant("--status", ReferralStatus.class, status), 0, Math.max(1, Math.min(200, size))));
            ShellTable table = new ShellTable();
            for (String c : new String[] {"ID", "Household", "Street", "Resource", "Need", "Amount", "Status",
                "Referred", "Outcome on"}) {
                table.column(c);
            }
            for (Referral r : page.items()) {
                table.addRow().addContent(r.id(), r.householdId(), r.street(), r.resourceName(),
                        r.dimension() == null ? "" : r.dimension(), r.amount() == null ? "" : r.amount().toPlainString(),
                        r.status(), r.referredOn(), r.outcomeOn() == null ? "" : r.outcomeOn());
            }
            table.print(session.getConsole());
            session.getConsole().println(page.total() + " referrals");
        } catch (IllegalArgumentException | DoudiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }
}
