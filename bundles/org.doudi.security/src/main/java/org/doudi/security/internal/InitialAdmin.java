package org.doudi.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default password ships: on the first start the user {@code admin} (role district-admin) is created with the
 * password from {@code DOUDI_ADMIN_PASSWORD} (environment) or {@code doudi.admin.password} (system property),
 * or else a random one written to {@code data/doudi/initial-admin-password} and logged once.
 */
@Component(immediate = true)
public class InitialAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);
    static final String USER = "admin";

    @Reference
    private UserStore users;

    @Activate
    void activate() throws IOException {
        String password = firstNonBlank(System.getenv("DOUDI_ADMIN_PASSWORD"), System.getProperty("doudi.admin.password"));
        boolean generated = password == null;
        if (generated) {
            password = Passwords.random(24);
        }
        String chosen = password;
        boolean created = users.change(engine -> {
            if (engine.listUsers().stream().anyMatch(u -> USER.equals(u.getName()))) {
                return false;
            }
            engine.addUser(USER, chosen);
            engine.addRole(USER, UserAdministration.GROUP_PREFIX + Roles.DISTRICT_ADMIN);
            return true;
        });
        if (!created) {
            return;
        }
        if (generated) {
            Path file = writeSecret(password);
            LOG.warn("Created user '{}' with the random password {} (also in {}); change it with "
                    + "doudi:user-passwd {} NEW_PASSWORD", USER, password, file, USER);
        } else {
            LOG.info("Created user '{}' with the password from DOUDI_ADMIN_PASSWORD", USER);
        }
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

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
