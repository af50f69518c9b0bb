package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.doudi.api.security.UserDirectory;

/** Lists the users with their role and street (never passwords). */
@Service
@Command(scope = "doudi", name = "user-list", description = "List the server's users with their role, street and whether they are disabled (no passwords)")
public class UserListCommand implements Action {

    @Reference
    UserDirectory users;

    @Reference
    Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("User");
        table.column("Role");
        table.column("Street");
        table.column("State");
        for (UserDirectory.UserInfo u : users.list()) {
            table.addRow().addContent(u.name(), u.role() == null ? "" : u.role(), u.street() == null ? "" : u.street(),
                    u.disabled() ? "disabled" : "active");
        }
        table.print(session.getConsole());
        return null;
    }
}
