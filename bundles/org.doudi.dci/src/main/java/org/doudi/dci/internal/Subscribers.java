package org.doudi.dci.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.api.security.Caller;
import org.doudi.api.security.UserDirectory;

/**
 * The subscribers as they are now: a subscription keeps its subscriber's name, and before notifying, the notifier
 * asks the {@link UserDirectory} (its list kept {@link #TTL}) for the user's role and street today. A user that is
 * disabled, no longer listed or without a Doudi role has no current identity: its subscriptions are ended.
 */
final class Subscribers {
    static final Duration TTL = Duration.ofSeconds(5);

    private final UserDirectory directory;
    private final Clock clock;
    private Map<String, UserDirectory.UserInfo> users;
    private Instant readAt;

    Subscribers(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The user {@code name} as it may read now, or empty with {@code why} set: disabled, unknown, no role.
     */
    synchronized Optional<Caller> current(String name, String[] why) {
        Instant now = clock.instant();
        if (users == null || readAt.plus(TTL).isBefore(now)) {
            Map<String, UserDirectory.UserInfo> fresh = new HashMap<>();
            directory.list().forEach(u -> fresh.put(u.name(), u));
            users = fresh;
            readAt = now;
        }
        UserDirectory.UserInfo u = users.get(name);
        if (u == null) {
            why[0] = "subscriber " + name + " no longer exists";
        } else if (u.disabled()) {
            why[0] = "subscriber " + name + " is disabled";
        } else if (u.role() == null) {
            why[0] = "subscriber " + name + " has no role any more";
        } else {
            return Optional.of(new Caller(u.name(), Set.of(u.role()), u.street()));
        }
        return Optional.empty();
    }
}
