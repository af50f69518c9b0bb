package org.doudi.security.internal;

import java.util.List;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The user store behind the JAAS realm {@code karaf} (etc/users.properties), through Karaf's backing engine. */
@Component(service = UserStore.class)
public class UserStore {
    static final String REALM = "karaf";

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<JaasRealm> realms;

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<BackingEngineFactory> engineFactories;

    /** A fresh engine (it rereads the file, so changes made elsewhere are seen). */
    BackingEngine engine() {
        for (JaasRealm realm : realms) {
            if (!REALM.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Object module = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
                for (BackingEngineFactory factory : engineFactories) {
                    if (factory.getModuleClass().equals(module)) {
                        return factory.build(entry.getOptions());
                    }
                }
            }
        }
        throw new IllegalStateException("no user store behind the JAAS realm '" + REALM + "'");
    }
}
