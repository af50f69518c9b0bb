package org.doudi.security.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;

/**
 * A user of the realm as it stands now, read from the user store without a password: the roles a login would grant
 * (its own and those of its groups, whether or not the backing engine expands groups itself), the street of a street-level user, and nothing for a disabled user.
 */
final class RealmUsers {
    private RealmUsers() {
    }

    /** The caller {@code user} would be after a login now; empty if the user does not exist or is disabled. */
    static Optional<Caller> current(BackingEngine engine, String user) {
        UserPrincipal principal = engine.listUsers().stream().filter(u -> u.getName().equals(user)).findFirst()
                .orElse(null);
        if (principal == null) {
            return Optional.empty();
        }
        List<String> granted = new ArrayList<>();
        for (RolePrincipal r : engine.listRoles(principal)) {
            String role = r.getName().strip();
            if (role.startsWith(UserAdministration.GROUP_PREFIX)) {
                String name = role.substring(UserAdministration.GROUP_PREFIX.length());
                for (GroupPrincipal group : engine.listGroups().keySet()) {
                    if (group.getName().equals(name)) {
                        engine.listRoles(group).forEach(g -> granted.add(g.getName().strip()));
                    }
                }
            } else {
                granted.add(role);
            }
        }
        Set<String> roles = new HashSet<>();
        String street = null;
        for (String role : granted) {
            if (role.startsWith(UserAdministration.GROUP_PREFIX)) {
                continue;
            }
            if (UserAdministration.DISABLED.equals(role)) {
                return Optional.empty();
            }
            if (role.startsWith(Roles.STREET_ROLE_PREFIX)) {
                street = role.substring(Roles.STREET_ROLE_PREFIX.length());
            } else {
                roles.add(role);
            }
        }
        return Optional.of(new Caller(user, Set.copyOf(roles), street));
    }
}
