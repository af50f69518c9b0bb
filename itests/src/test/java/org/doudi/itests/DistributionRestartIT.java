package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.After;
import org.junit.Test;

/**
 * The distribution as a user runs it: bin/start, data written over HTTP, bin/stop, bin/start again — the data
 * is still there, the admin was created once from DOUDI_ADMIN_PASSWORD and its password is stored hashed,
 * and demo data fills an empty registry when DOUDI_DEMO_HOUSEHOLDS is set.
 */
public class DistributionRestartIT {
    private final DistributionProcess server = new DistributionProcess("restart-it");
    private final String password = server.password;
    private Path home;
    private int httpsPort;

    @After
    public void stopServer() throws Exception {
        server.stopQuietly();
    }

    @Test
    public void dataSurvivesARestart() throws Exception {
        install();
        start();
        Http admin = new Http(api(), "admin", password);
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
        assertFalse("no clear-text password on disk", users.contains(password));
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
        String auth = java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://localhost:" + httpsPort
                + "/api" + path)).header("Authorization", "Basic " + auth).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private void install() throws IOException {
        server.install();
        home = server.home();
        httpsPort = server.httpsPort();
    }

    private void start() throws Exception {
        server.start();
    }

    private void stop() throws Exception {
        server.stop();
    }

    private String api() {
        return server.api();
    }
}
