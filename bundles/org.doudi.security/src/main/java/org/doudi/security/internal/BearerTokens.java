package org.doudi.security.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.security.Caller;
import org.doudi.api.security.IssuedToken;
import org.doudi.api.security.Roles;
import org.doudi.api.security.TokenRefusedException;
import org.doudi.api.security.TokenService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens of the realm's users (configuration PID {@code org.doudi.tokens}). Tokens live in memory only:
 * restarting the server or this bundle invalidates every token, and clients ask for a new one.
 */
@Component(service = {TokenService.class, BearerTokens.class}, configurationPid = "org.doudi.tokens")
@Designate(ocd = BearerTokens.Config.class)
public class BearerTokens implements TokenService {
    private static final Logger LOG = LoggerFactory.getLogger(BearerTokens.class);

    /** Token settings. */
    @ObjectClassDefinition(name = "Doudi access tokens", description = "Bearer tokens from POST "
            + "/api/dci/oauth2/client/token (OAuth 2.0 client credentials = user name and password of the realm)")
    public @interface Config {
        @AttributeDefinition(description = "Seconds an access token stays valid after it is issued (at most 86400)")
        long lifetimeSeconds() default 3600;

        @AttributeDefinition(description = "Roles whose users may obtain tokens (partner departments and "
                + "charities by default); a token stops working when its user loses all of them, and carries only "
                + "these of its user's roles. district-admin, auditor and admin are never client roles")
        String[] clientRoles() default {Roles.PARTNER};
    }

    @Reference
    private JaasAuthenticator authenticator;
    @Reference
    private UserStore users;

    private volatile TokenIssuer issuer;
    private volatile RealmUserCache realmUsers;

    @Activate
    void activate(Config config) {
        RealmUserCache cache = new RealmUserCache(user -> RealmUsers.current(users.engine(), user),
                System::currentTimeMillis, RealmUserCache.TTL_MILLIS);
        realmUsers = cache;
        issuer = new TokenIssuer(authenticator, cache, System::currentTimeMillis, config.lifetimeSeconds(),
                roles(config));
    }

    @Modified
    void modified(Config config) {
        issuer.configure(config.lifetimeSeconds(), roles(config));
    }

    /**
     * The client roles, also when given as one comma-separated value (as an etc/*.cfg file gives them), without the
     * roles a token may never carry ({@link TokenIssuer#NEVER_CLIENT_ROLES}: logged as a configuration error).
     */
    static Set<String> roles(Config config) {
        return TokenIssuer.acceptedClientRoles(Arrays.stream(config.clientRoles())
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Issues a token; issues and refusals are logged (the core has no API through which this bundle could write the
     * audit trail).
     */
    @Override
    public IssuedToken issue(String clientId, String clientSecret) {
        IssuedToken token;
        try {
            token = issuer.issue(clientId, clientSecret);
        } catch (TokenRefusedException refused) {
            LOG.info("Access token refused to {}: {} ({})", printable(clientId), refused.type(), refused.status());
            throw refused;
        }
        LOG.info("Access token issued to {} for {} s with roles {}", clientId, token.expiresInSeconds(),
                token.scope());
        return token;
    }

    /** A client id as given, safe for one log line: control characters replaced, at most 100 characters. */
    static String printable(String clientId) {
        if (clientId == null) {
            return "(none)";
        }
        String s = clientId.length() > 100 ? clientId.substring(0, 100) + "..." : clientId;
        return "\"" + s.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "\"";
    }

    @Override
    public Optional<Caller> verify(String bearerToken) {
        return issuer.verify(bearerToken);
    }

    /** Revokes every token of {@code user}: it was disabled or its password (client secret) changed. */
    void revoke(String user) {
        TokenIssuer current = issuer;
        if (current != null) {
            current.revoke(user);
        }
        RealmUserCache cached = realmUsers;
        if (cached != null) {
            cached.evict(user);
        }
    }
}
