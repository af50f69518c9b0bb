package org.doudi.security.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.doudi.api.security.Authenticator;
import org.doudi.api.security.Caller;
import org.doudi.api.security.IssuedToken;
import org.doudi.api.security.Roles;
import org.doudi.api.security.TokenRefusedException;
import org.doudi.api.security.TokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client-credentials grant and token checks: credentials go through the {@link Authenticator} (so its lockout
 * counts failures here as for Basic), a token is valid until it expires, and every check reads the user as it is
 * now (through a cache of a few seconds that a revocation empties). Only users holding one of the client roles
 * obtain tokens, and a token carries only those of its user's roles that are client roles: a partner that is also
 * an auditor has auditor rights with its password, never with a token.
 */
final class TokenIssuer {
    private static final Logger LOG = LoggerFactory.getLogger(TokenIssuer.class);
    /** The longest a token may live: a stolen token must not outlast a day. */
    static final long MAX_LIFETIME_SECONDS = 86_400;
    /** Roles never granted through a token, whatever the configuration says (Karaf's {@code admin} included). */
    static final Set<String> NEVER_CLIENT_ROLES = Set.of(Roles.DISTRICT_ADMIN, Roles.AUDITOR, "admin");

    private final Authenticator authenticator;
    private final Function<String, Optional<Caller>> users;
    private final LongSupplier clock;
    private final TokenStore store;
    private volatile long lifetimeSeconds;
    private volatile Set<String> clientRoles;

    /**
     * @param users the user as of now by name (empty if missing or disabled)
     * @param clock milliseconds since the epoch
     */
    TokenIssuer(Authenticator authenticator, Function<String, Optional<Caller>> users, LongSupplier clock,
            long lifetimeSeconds, Set<String> clientRoles) {
        this.authenticator = authenticator;
        this.users = users;
        this.clock = clock;
        this.store = new TokenStore(clock);
        configure(lifetimeSeconds, clientRoles);
    }

    /**
     * New settings; tokens already issued keep their expiry. A lifetime beyond {@link #MAX_LIFETIME_SECONDS} and the
     * {@link #NEVER_CLIENT_ROLES} are configuration errors: logged, the lifetime capped and those roles dropped.
     */
    void configure(long lifetimeSeconds, Set<String> clientRoles) {
        if (lifetimeSeconds > MAX_LIFETIME_SECONDS) {
            LOG.error("Configuration error: token lifetimeSeconds {} exceeds the maximum {}; {} applies",
                    lifetimeSeconds, MAX_LIFETIME_SECONDS, MAX_LIFETIME_SECONDS);
        }
        this.lifetimeSeconds = Math.min(MAX_LIFETIME_SECONDS, Math.max(1, lifetimeSeconds));
        this.clientRoles = acceptedClientRoles(clientRoles);
    }

    /** {@code configured} without the {@link #NEVER_CLIENT_ROLES}, each dropped one logged as an error. */
    static Set<String> acceptedClientRoles(Set<String> configured) {
        Set<String> accepted = new HashSet<>(configured);
        Set<String> refused = new TreeSet<>(configured);
        accepted.removeAll(NEVER_CLIENT_ROLES);
        refused.retainAll(NEVER_CLIENT_ROLES);
        if (!refused.isEmpty()) {
            LOG.error("Configuration error: {} may never be token client roles; ignored, client roles are {}",
                    refused, new TreeSet<>(accepted));
        }
        return Set.copyOf(accepted);
    }

    IssuedToken issue(String clientId, String clientSecret) {
        if (clientId == null || clientId.isEmpty() || clientSecret == null || clientSecret.isEmpty()) {
            throw TokenRefusedException.invalidClient();
        }
        long locked = authenticator.lockedOutSeconds(clientId);
        if (locked > 0) {
            throw TokenRefusedException.lockedOut(locked);
        }
        long generation = store.generation(clientId);
        Caller caller = authenticator.authenticate(clientId, clientSecret).orElse(null);
        if (caller == null) {
            long nowLocked = authenticator.lockedOutSeconds(clientId);
            throw nowLocked > 0 ? TokenRefusedException.lockedOut(nowLocked) : TokenRefusedException.invalidClient();
        }
        Caller client = asClient(caller, clientRoles).orElseThrow(TokenRefusedException::unauthorizedClient);
        long lifetime = lifetimeSeconds;
        // the password changed or the user was disabled while its credentials were checked: they are stale
        String token = store.issue(clientId, lifetime * 1000, generation)
                .orElseThrow(TokenRefusedException::invalidClient);
        return new IssuedToken(token, TokenService.TOKEN_TYPE, lifetime, String.join(" ", new TreeSet<>(client.roles())));
    }

    /** The caller a token stands for now: its user with only the client roles it holds; empty if none. */
    Optional<Caller> verify(String token) {
        Set<String> roles = clientRoles;
        return store.userOf(token).flatMap(users).flatMap(c -> asClient(c, roles));
    }

    /**
     * {@code caller} limited to {@code clientRoles}: the roles it holds among them, and its street only if a
     * street-level role is among those kept. Empty if it holds none.
     */
    static Optional<Caller> asClient(Caller caller, Set<String> clientRoles) {
        Set<String> kept = caller.roles().stream().filter(clientRoles::contains)
                .collect(Collectors.toUnmodifiableSet());
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String street = kept.stream().anyMatch(Roles.STREET_LEVEL::contains) ? caller.street() : null;
        return Optional.of(new Caller(caller.name(), kept, street));
    }

    /** Forgets every token of {@code user}. */
    void revoke(String user) {
        store.revoke(user);
    }

    /** The store, for the periodic purge and for tests. */
    TokenStore store() {
        return store;
    }
}
