package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.security.UserDirectory;

/** Creates a user with one role; street-level roles need --street. */
@Service
@Command(scope = "doudi", name = "user-add", description = "Create a user with a role (district-admin, district-staff, "
        + "street-operator, advisor, auditor, partner, operator); street-operator and advisor need --street")
public class UserAddCommand implements Action {

    @Option(name = "--role", aliases = "-r", description = "The user's role", required = true)
    @Completion(RoleCompleter.class)
    String role;

    @Option(name = "--street", aliases = "-s", description = "The street of a street-operator or advisor")
    @Completion(StreetCompleter.class)
    String street;

    @Argument(index = 0, name = "user", description = "User name (lower case)", required = true)
    String user;

    @Argument(index = 1, name = "password", description = "Initial password (at least 10 characters)", required = true)
    String password;

    @Reference
    UserDirectory users;

    @Reference
    Session session;

    @Override
    public Object execute() {
        users.add(user, password, role, street, Actors.of(session));
        session.getConsole().println("User " + user + " created with role " + role + (street == null ? "" : " in " + street));
        return null;
    }
}
