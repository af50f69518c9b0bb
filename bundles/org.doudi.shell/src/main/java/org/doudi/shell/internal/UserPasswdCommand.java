package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.security.UserDirectory;

/** Sets a user's password (e.g. to rotate the admin password). */
@Service
@Command(scope = "doudi", name = "user-passwd", description = "Set a user's password (at least 10 characters)")
public class UserPasswdCommand implements Action {

    @Argument(index = 0, name = "user", description = "The user name", required = true)
    String user;

    @Argument(index = 1, name = "password", description = "The new password (at least 10 characters)", required = true)
    String password;

    @Reference
    UserDirectory users;

    @Reference
    Session session;

    @Override
    public Object execute() {
        users.changePassword(user, password, Actors.of(session));
        session.getConsole().println("Password of " + user + " changed");
        return null;
    }
}
