package org.doudi.itests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The distribution run as a user runs it, in a process of its own: a copy of {@code distribution/target/assembly}
 * under {@code target/<name>/doudi} on free ports, started and stopped with {@code bin/start} and {@code bin/stop}.
 * For black-box tests whose clients (a generated SOAP client, a callback receiver, a schema validator) belong in
 * the test JVM rather than inside Karaf.
 */
public final class DistributionProcess {

    /** The first admin's password, set through {@code DOUDI_ADMIN_PASSWORD}. */
    public final String password = "process-test-" + System.nanoTime();
    private final String name;
    private Path home;
    private int httpPort;
    private int httpsPort;
    private int sshPort;

    /** @param name the folder under {@code target/} the copy goes to */
    public DistributionProcess(String name) {
        this.name = name;
    }

    /** Copies the assembly afresh (any earlier copy is deleted) and picks free ports. */
    public DistributionProcess install() throws IOException {
        Path assembly = Paths.get(System.getProperty("doudi.distribution.assembly"));
        home = Paths.get("target", name, "doudi").toAbsolutePath();
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        try (Stream<Path> files = Files.walk(assembly)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = home.resolve(assembly.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        httpPort = freePort();
        httpsPort = freePort();
        sshPort = freePort();
        append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + httpPort
                + "\norg.osgi.service.http.port.secure = " + httpsPort);
        append("etc/org.apache.karaf.shell.cfg", "sshPort = " + sshPort);
        append("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = " + freePort() + "\nrmiServerPort = " + freePort());
        return this;
    }

    /** {@code bin/start}, then waits until {@code GET /api/health} answers 200. */
    public DistributionProcess start() throws Exception {
        run("bin/start");
        Http anonymous = new Http(api(), null, null);
        Wait.until("GET /api/health = 200", 180, () -> anonymous.answers200("/health"));
        return this;
    }

    /** An admin client, once the first admin exists (a moment after the API reports UP). */
    public Http admin() {
        Http admin = new Http(api(), "admin", password);
        Wait.until("the first admin", 120, () -> admin.get("/households?size=1").status == 200);
        return admin;
    }

    /** bin/stop, then waits until the JVM is gone (it releases its locks and the Derby files last). */
    public void stop() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
        run("bin/stop");
        Wait.until("the Karaf JVM to exit", 120, () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    /** True while bin/status says the server runs. */
    public boolean isRunning() {
        try {
            return home != null && run("bin/status") == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Stops the server if it runs (for {@code @After}/{@code @AfterClass}). */
    public void stopQuietly() throws Exception {
        if (isRunning()) {
            stop();
        }
    }

    public Path home() {
        return home;
    }

    /** {@code http://127.0.0.1:<port>/api}. */
    public String api() {
        return "http://127.0.0.1:" + httpPort + "/api";
    }

    public int httpPort() {
        return httpPort;
    }

    public int httpsPort() {
        return httpsPort;
    }

    public int sshPort() {
        return sshPort;
    }

    private int run(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve(script).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("script.log").toFile());
        pb.environment().put("DOUDI_ADMIN_PASSWORD", password);
        pb.environment().put("DOUDI_DEMO_HOUSEHOLDS", "25");
        pb.environment().put("KARAF_OPTS", "-Xmx1g");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(script + " did not finish");
        }
        return p.exitValue();
    }

    private void append(String file, String lines) throws IOException {
        Files.writeString(home.resolve(file), "\n" + lines + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
