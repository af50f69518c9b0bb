package org.doudi.security.internal;

import java.security.Principal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.doudi.api.security.Authenticator;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Authenticates against a Karaf JAAS realm and caches verified credentials for a short time, so the salted
 * hash is not recomputed on every request. A role {@code street:<id>} names a street-level user's street. Each user
 * has a generation that {@link #forget} bumps: a login that began before it caches nothing, so a password change or
 * a disabling that races with a login never leaves the old password trusted.
 */
@Component(service = {Authenticator.class, JaasAuthenticator.class}, configurationPid = "org.doudi.security")
@Designate(ocd = JaasAuthenticator.Config.class)
public class JaasAuthenticator implements Authenticator {

    /** Authentication settings. */
    @ObjectClassDefinition(name = "Doudi authentication", description = "How API callers are authenticated")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm checked for user names and passwords")
        String realm() default "karaf";

        @AttributeDefinition(description = "Seconds a verified credential is trusted without a new check")
        int cacheSeconds() default 60;

        @AttributeDefinition(description = "Failed logins of one user name that lock it out")
        int maxFailures() default 5;

        @AttributeDefinition(description = "Seconds a user name stays locked out after too many failed logins")
        int lockoutSeconds() default 300;
    }

    private volatile String realm = "karaf";
    private volatile CredentialCache cache = new CredentialCache(60_000, 10_000);
    private volatile LoginThrottle throttle = new LoginThrottle(5, 300_000);
    /** Forgets per user (guarded by itself); only forgotten users have an entry, so admin actions bound it. */
    private final Map<String, Long> generations = new HashMap<>();

    @Activate
    @Modified
    void configure(Config config) {
        realm = config.realm();
        cache = new CredentialCache(Math.max(0, config.cacheSeconds()) * 1000L, 10_000);
        throttle = new LoginThrottle(Math.max(1, config.maxFailures()), Math.max(1, config.lockoutSeconds()) * 1000L);
    }

    /** Forgets cached credentials of {@code user}: its password or roles just changed. */
    void forget(String user) {
        synchronized (generations) {
            generations.merge(user, 1L, Long::sum);
            cache.evict(user);
        }
    }

    private long generation(String user) {
        synchronized (generations) {
            return generations.getOrDefault(user, 0L);
        }
    }

    @Override
    public long lockedOutSeconds(String user) {
        return user == null ? 0 : throttle.lockedOutSeconds(user);
    }

    @Override
    public Optional<Caller> authenticate(String user, String password) {
        if (user == null || password == null || user.isEmpty() || user.length() > 100 || password.length() > 200) {
            return Optional.empty();
        }
        if (throttle.lockedOutSeconds(user) > 0) {
            return Optional.empty();
        }
        Optional<Caller> cached = cache.get(user, password);
        if (cached.isPresent()) {
            return cached;
        }
        long generation = generation(user);
        Optional<Caller> verified = login(user, password);
        if (verified.isPresent()) {
            synchronized (generations) {
                if (generations.getOrDefault(user, 0L) == generation) {
                    cache.put(user, password, verified.get());
                }
            }
            throttle.succeeded(user);
        } else {
            throttle.failed(user);
        }
        return verified;
    }

    /** Checks the credentials against the realm (a test replaces it). */
    Optional<Caller> login(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (javax.security.auth.callback.Callback cb : callbacks) {
                    if (cb instanceof NameCallback) {
                        ((NameCallback) cb).setName(user);
                    } else if (cb instanceof PasswordCallback) {
                        ((PasswordCallback) cb).setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            context.login();
        } catch (LoginException failed) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
        Set<String> roles = new HashSet<>();
        String street = null;
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            String role = p.getName();
            if (role.startsWith(Roles.STREET_ROLE_PREFIX)) {
                street = role.substring(Roles.STREET_ROLE_PREFIX.length());
            } else {
                roles.add(role);
            }
        }
        return Optional.of(new Caller(user, Set.copyOf(roles), street));
    }
}
