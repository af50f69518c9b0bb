package org.doudi.security.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.doudi.api.DoudiException;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.security.Roles;
import org.doudi.api.security.UserDirectory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Users with one Doudi role each (a group of the realm) and, for street-level roles, a street role. */
@Component(service = UserDirectory.class)
public class UserAdministration implements UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(UserAdministration.class);
    static final String DISABLED = "disabled";
    /** Membership of a group of etc/users.properties (the groups themselves ship with the distribution). */
    static final String GROUP_PREFIX = "_g_:";

    @Reference
    private UserStore users;
    @Reference
    private StreetDirectory streets;
    @Reference
    private JaasAuthenticator authenticator;
    @Reference
    private BearerTokens tokens;

    @Override
    public void add(String user, String password, String role, String street, String actor) {
        if (user == null || !user.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new ValidationException("user", "pattern", "must be 2-64 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter");
        }
        if (!Roles.ALL.contains(role)) {
            throw new ValidationException("role", "knownRole", "must be one of " + Roles.ALL);
        }
        boolean streetLevel = Roles.STREET_LEVEL.contains(role);
        if (streetLevel && (street == null || streets.find(street).isEmpty())) {
            throw new ValidationException("street", "knownStreet", "a " + role + " needs the id of a street of this "
                    + "district, one of " + streets.streets().stream().map(s -> s.id()).toList());
        }
        if (!streetLevel && street != null) {
            throw new ValidationException("street", "districtRole", "only street-level roles " + Roles.STREET_LEVEL
                    + " have a street");
        }
        Passwords.weakness(user, password).ifPresent(w -> {
            throw new ValidationException("password", "strength", w);
        });
        users.change(engine -> {
            if (find(engine, user) != null) {
                throw DoudiException.conflict("user " + user + " already exists");
            }
            engine.addUser(user, password);
            engine.addRole(user, GROUP_PREFIX + role);
            if (streetLevel) {
                engine.addRole(user, Roles.STREET_ROLE_PREFIX + street);
            }
            return null;
        });
        requireGroup(user, role);
        LOG.info("User {} added with role {}{} by {}", user, role, streetLevel ? " in street " + street : "", actor);
    }

    @Override
    public List<UserInfo> list() {
        BackingEngine engine = users.engine();
        List<UserInfo> out = new ArrayList<>();
        for (UserPrincipal u : engine.listUsers()) {
            String role = null;
            for (GroupPrincipal g : engine.listGroups(u)) {
                if (Roles.ALL.contains(g.getName())) {
                    role = g.getName();
                }
            }
            String street = null;
            boolean disabled = false;
            for (RolePrincipal r : engine.listRoles(u)) {
                if (r.getName().startsWith(Roles.STREET_ROLE_PREFIX)) {
                    street = r.getName().substring(Roles.STREET_ROLE_PREFIX.length());
                } else if (DISABLED.equals(r.getName())) {
                    disabled = true;
                }
            }
            out.add(new UserInfo(u.getName(), role, street, disabled));
        }
        out.sort(Comparator.comparing(UserInfo::name));
        return out;
    }

    @Override
    public void disable(String user, String actor) {
        users.change(engine -> {
            disable(engine, user);
            return null;
        });
        authenticator.forget(user);
        tokens.revoke(user);
        LOG.info("User {} disabled by {}", user, actor);
    }

    private static void disable(BackingEngine engine, String user) {
        UserPrincipal u = existing(engine, user);
        // deleteRole, not deleteGroup: Karaf's deleteGroup also deletes the group itself once no one is left in it
        for (GroupPrincipal g : engine.listGroups(u)) {
            engine.deleteRole(user, GROUP_PREFIX + g.getName());
        }
        for (RolePrincipal r : engine.listRoles(u)) {
            engine.deleteRole(user, r.getName());
        }
        engine.addUser(user, Passwords.random(32));
        engine.addRole(user, DISABLED);
    }

    @Override
    public void changePassword(String user, String password, String actor) {
        Passwords.weakness(user, password).ifPresent(w -> {
            throw new ValidationException("password", "strength", w);
        });
        users.change(engine -> {
            existing(engine, user);
            engine.addUser(user, password);
            return null;
        });
        authenticator.forget(user);
        tokens.revoke(user);
        LOG.info("Password of user {} changed by {}", user, actor);
    }

    /** Reads the store again and checks the user is in {@code role}'s group; restores it if a write lost it. */
    private void requireGroup(String user, String role) {
        users.change(fresh -> {
            UserPrincipal u = find(fresh, user);
            if (u == null || fresh.listGroups(u).stream().noneMatch(g -> g.getName().equals(role))) {
                throw new IllegalStateException("user " + user + " was not stored with role " + role);
            }
            return null;
        });
    }

    private static UserPrincipal existing(BackingEngine engine, String user) {
        UserPrincipal u = find(engine, user);
        if (u == null) {
            throw DoudiException.notFound("user " + user);
        }
        return u;
    }

    private static UserPrincipal find(BackingEngine engine, String user) {
        return engine.listUsers().stream().filter(p -> p.getName().equals(user)).findFirst().orElse(null);
    }
}
