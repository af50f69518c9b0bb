package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.security.UserDirectory;

/** Disables a user: roles removed, password replaced; the name stays for the audit trail. */
@Service
@Command(scope = "doudi", name = "user-disable", description = "Disable a user (roles removed, password replaced)")
public class UserDisableCommand implements Action {

    @Argument(index = 0, name = "user", description = "The user name to disable", required = true)
    String user;

    @Reference
    UserDirectory users;

    @Reference
    Session session;

    @Override
    public Object execute() {
        users.disable(user, Actors.of(session));
        session.getConsole().println("User " + user + " disabled");
        return null;
    }
}
