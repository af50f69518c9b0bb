package org.doudi.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default password ships: on the first start the user {@code admin} is created with the password from
 * {@code DOUDI_ADMIN_PASSWORD} (environment) or {@code doudi.admin.password} (system property), or else a
 * random one written to {@code data/doudi/initial-admin-password} and logged once.
 */
@Component(immediate = true)
public class InitialAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);
    static final String USER = "admin";
    static final String GROUP = "admingroup";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<JaasRealm> realms;
    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<BackingEngineFactory> engineFactories;

    @Activate
    void activate() throws IOException {
        BackingEngine engine = engine();
        if (engine == null) {
            LOG.error("No user store behind the JAAS realm 'karaf': cannot create the initial administrator");
            return;
        }
        boolean exists = engine.listUsers().stream().anyMatch(u -> USER.equals(u.getName()));
        if (exists) {
            return;
        }
        String password = firstNonBlank(System.getenv("DOUDI_ADMIN_PASSWORD"), System.getProperty("doudi.admin.password"));
        boolean generated = password == null;
        if (generated) {
            password = randomPassword(24);
        }
        engine.addUser(USER, password);
        engine.addGroup(USER, GROUP);
        if (generated) {
            Path file = writeSecret(password);
            LOG.warn("Created user '{}' with the random password {} (also in {}); change it with "
                    + "jaas:realm-manage --realm karaf; jaas:user-add {} NEW_PASSWORD; jaas:update", USER, password,
                    file, USER);
        } else {
            LOG.info("Created user '{}' with the password from DOUDI_ADMIN_PASSWORD", USER);
        }
    }

    private BackingEngine engine() {
        for (JaasRealm realm : realms) {
            if (!"karaf".equals(realm.getName())) {
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
        return null;
    }

    private static Path writeSecret(String password) throws IOException {
        Path dir = Paths.get(System.getProperty("karaf.data", "data"), "doudi");
        Files.createDirectories(dir);
        Path file = dir.resolve("initial-admin-password");
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.debug("File permissions not supported for {}", file);
        }
        return file;
    }

    static String randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
