package org.doudi.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.PrivilegedExceptionAction;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * Boots the Doudi distribution built by this very build (distribution/target/doudi-*.tar.gz) in Pax Exam on
 * free ports; test methods run inside it and call the API over real HTTP on loopback.
 */
public abstract class DoudiTestSupport {

    @Inject
    protected BundleContext bundleContext;

    @Inject
    @Filter(timeout = 120_000)
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String archive = System.getProperty("doudi.distribution.archive");
        if (archive == null || !new File(archive).isFile()) {
            throw new IllegalStateException("distribution archive not found: " + archive + " (build the distribution first)");
        }
        String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("user.home") + "/.m2/repository");
        int http = freePort();
        int ssh = freePort();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(new File(archive).toURI().toString()).name("doudi")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            // Pax Exam starts Karaf without bin/setenv, which makes the TLS key pair: HTTPS is tested by DistributionRestartIT
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.secure.enabled", "false"),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ssh)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
            systemProperty("org.ops4j.pax.url.mvn.localRepository").value(localRepo),
            systemProperty("doudi.test.httpPort").value(String.valueOf(http)),
            systemProperty("doudi.test.sshPort").value(String.valueOf(ssh)),
        };
    }

    /** The API base URL inside the container. */
    protected static String api() {
        return "http://127.0.0.1:" + System.getProperty("doudi.test.httpPort") + "/api";
    }

    /** The admin's first-start password, as the server wrote it (no password ships). */
    protected static String adminPassword() {
        try {
            return Files.readString(Paths.get(System.getProperty("karaf.data"), "doudi", "initial-admin-password"),
                    StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new AssertionError("the initial admin password file is missing", e);
        }
    }

    /** An admin client, once the API reports UP. */
    protected static Http adminClient() {
        Http anonymous = new Http(api(), null, null);
        Wait.until("GET /api/health = 200", 120, () -> anonymous.answers200("/health"));
        Wait.until("initial admin password file", 60, () -> Files.exists(
                Paths.get(System.getProperty("karaf.data"), "doudi", "initial-admin-password")));
        return new Http(api(), "admin", adminPassword());
    }

    /** Runs a console command as an administrator (the district-admin group's roles) and returns what it printed. */
    protected String executeCommand(String command) throws Exception {
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        for (String role : new String[] {"district-admin", "manager", "viewer", "systembolt", "ssh"}) {
            admin.getPrincipals().add(new RolePrincipal(role));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> {
            Session session = sessionFactory.create(System.in, ps, ps);
            try {
                return session.execute(command);
            } finally {
                session.close();
            }
        });
        ps.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
