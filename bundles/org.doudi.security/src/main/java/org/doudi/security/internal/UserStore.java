package org.doudi.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The user store behind the JAAS realm {@code karaf} (etc/users.properties), through Karaf's backing engine.
 * Changes are made on a copy that then replaces the file in one atomic move: Karaf rewrites the file itself
 * (it watches it to encrypt clear-text passwords) and logins read it, so neither may ever see it half-written.
 */
@Component(service = UserStore.class)
public class UserStore {
    static final String REALM = "karaf";
    private static final String USERS_OPTION = "users";
    /** One lock for every change of the user file, whichever component instance makes it. */
    private static final Object WRITE_LOCK = new Object();

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<JaasRealm> realms;

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<BackingEngineFactory> engineFactories;

    private record Store(BackingEngineFactory factory, Map<String, ?> options) {
    }

    /** Runs {@code change} alone on a fresh copy of the store, then puts the copy in place atomically. */
    <T> T change(Function<BackingEngine, T> change) {
        synchronized (WRITE_LOCK) {
            Store store = store();
            Path real = Paths.get(String.valueOf(store.options().get(USERS_OPTION)));
            Path copy = real.resolveSibling("." + real.getFileName() + ".doudi-change");
            try {
                Files.copy(real, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                Map<String, Object> options = new HashMap<>(store.options());
                options.put(USERS_OPTION, copy.toString());
                T result = change.apply(store.factory().build(options));
                try {
                    Files.move(copy, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(copy, real, StandardCopyOption.REPLACE_EXISTING);
                }
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot change the user store " + real, e);
            } finally {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a leftover copy is harmless: the next change overwrites it
                }
            }
        }
    }

    /** A fresh engine for reading (it rereads the file, so changes made elsewhere are seen). */
    BackingEngine engine() {
        Store store = store();
        return store.factory().build(store.options());
    }

    private Store store() {
        for (JaasRealm realm : realms) {
            if (!REALM.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Object module = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
                for (BackingEngineFactory factory : engineFactories) {
                    if (factory.getModuleClass().equals(module) && entry.getOptions().containsKey(USERS_OPTION)) {
                        return new Store(factory, entry.getOptions());
                    }
                }
            }
        }
        throw new IllegalStateException("no user store behind the JAAS realm '" + REALM + "'");
    }
}
