package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Test;

/**
 * The distribution as a user runs it: bin/start, data written over HTTP, bin/stop, bin/start again — the data
 * is still there, the admin was created once from DOUDI_ADMIN_PASSWORD and its password is stored hashed,
 * and demo data fills an empty registry when DOUDI_DEMO_HOUSEHOLDS is set.
 */
public class DistributionRestartIT {
    private static final String PASSWORD = "restart-test-" + System.nanoTime();

    private Path home;
    private int httpPort;
    private int httpsPort;

    @After
    public void stopServer() throws Exception {
        if (home != null && isRunning()) {
            stop();
        }
    }

    @Test
    public void dataSurvivesARestart() throws Exception {
        install();
        start();
        Http admin = new Http(api(), "admin", PASSWORD);
        // the first admin is created a moment after the API reports UP: wait for an authenticated answer too
        Wait.until("demo data", 120, () -> {
            Http.Reply r = admin.get("/households?size=1");
            return r.status == 200 && r.json().get("total").asLong() >= 20;
        });
        String head = TestData.idNumber(true);
        Http.Reply created = admin.post("/households", TestData.g1Household("xianxiaxincun", head,
                TestData.idNumber(false), TestData.childIdNumber()));
        assertEquals(created.body, 201, created.status);
        String id = created.json().get("id").asText();
        JsonNode before = admin.get("/households/" + id).json();

        // HTTPS with the key pair bin/setenv made on the first start
        assertTrue(Files.exists(home.resolve("etc/doudi-tls.p12")));
        assertEquals(200, httpsGet("/households?size=1").statusCode());
        String users = Files.readString(home.resolve("etc/users.properties"), StandardCharsets.UTF_8);
        assertTrue("admin exists with a hashed password", users.contains("admin = {CRYPT}"));
        assertFalse("no clear-text password on disk", users.contains(PASSWORD));
        assertFalse("no stock karaf user", users.matches("(?s).*\\nkaraf\\s*=.*"));

        stop();
        start();
        Http.Reply after = admin.get("/households/" + id);
        assertEquals(200, after.status);
        assertEquals(before, after.json());
        assertEquals(1, admin.post("/households/search", "{\"idNumber\":\"" + head + "\"}").json().get("total").asLong());
        assertEquals(users, Files.readString(home.resolve("etc/users.properties"), StandardCharsets.UTF_8));
        // two boots of the distribution as users run it, and not one error in the log
        java.util.List<String> errors = Files.readAllLines(home.resolve("data/log/karaf.log")).stream()
                .filter(l -> l.contains("| ERROR |")).collect(java.util.stream.Collectors.toList());
        assertEquals(String.join("\n", errors), 0, errors.size());
    }

    private java.net.http.HttpResponse<String> httpsGet(String path) throws Exception {
        javax.net.ssl.TrustManager trustSelfSigned = new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String auth) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String auth) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        };
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {trustSelfSigned}, null);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().sslContext(tls).build();
        String auth = java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://localhost:" + httpsPort
                + "/api" + path)).header("Authorization", "Basic " + auth).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private void install() throws IOException {
        Path assembly = Paths.get(System.getProperty("doudi.distribution.assembly"));
        home = Paths.get("target", "restart-it", "doudi").toAbsolutePath();
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
        append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + httpPort
                + "\norg.osgi.service.http.port.secure = " + httpsPort);
        append("etc/org.apache.karaf.shell.cfg", "sshPort = " + freePort());
        append("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = " + freePort() + "\nrmiServerPort = " + freePort());
    }

    private void start() throws Exception {
        run("bin/start");
        Http anonymous = new Http(api(), null, null);
        Wait.until("GET /api/health = 200", 180, () -> anonymous.answers200("/health"));
    }

    /** bin/stop, then wait until the JVM is gone (it releases its locks and the Derby files last). */
    private void stop() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
        run("bin/stop");
        Wait.until("the Karaf JVM to exit", 120, () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    private boolean isRunning() {
        try {
            return run("bin/status") == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private int run(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve(script).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("script.log").toFile());
        pb.environment().put("DOUDI_ADMIN_PASSWORD", PASSWORD);
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
        Files.writeString(home.resolve(file), "\n" + lines + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private String api() {
        return "http://127.0.0.1:" + httpPort + "/api";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
