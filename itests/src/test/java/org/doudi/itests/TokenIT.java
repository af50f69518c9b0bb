package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Bearer tokens from the DCI token API (POST /api/dci/oauth2/client/token, client credentials) in the assembled
 * server: a partner user trades its user name and password for a token and calls the API with it, under the same
 * roles as with HTTP Basic; forged tokens and wrong secrets are refused in the shapes the specs give.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TokenIT extends DoudiTestSupport {
    private static final String TOKEN_PATH = "/dci/oauth2/client/token";
    private static final String SECRET = "Partner-secret-2024";
    private Http admin;

    @Before
    public void ready() {
        admin = adminClient();
        Wait.until("the token endpoint in /api/openapi.json", 60,
                () -> admin.get("/openapi.json").json().path("paths").has(TOKEN_PATH));
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private String addUser(String role) throws Exception {
        String user = unique(role);
        String out = executeCommand("doudi:user-add --role " + role + " " + user + " " + SECRET);
        assertTrue(out, out.contains("created"));
        return user;
    }

    private Http.Reply token(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return admin.anonymous().send("POST", TOKEN_PATH, "application/x-www-form-urlencoded",
                form.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Http.Reply getWithBearer(String path, String token) {
        return admin.anonymous().send("GET", path, "application/json", new byte[0], "Authorization", "Bearer " + token);
    }

    @Test
    public void aPartnerCallsTheApiWithABearerTokenFromItsClientCredentials() throws Exception {
        String partner = addUser("partner");
        Http.Reply issued = token("grant_type", "client_credentials", "client_id", partner, "client_secret", SECRET);
        assertEquals(issued.body, 200, issued.status);
        JsonNode body = issued.json();
        assertEquals("Bearer", body.get("token_type").asText());
        assertEquals("the spec types expires_in as a string", "3600", body.get("expires_in").textValue());
        assertEquals("partner", body.get("scope").asText());
        assertTrue(issued.header("Cache-Control"), issued.header("Cache-Control").contains("no-store"));
        String token = body.get("access_token").asText();
        assertEquals(43, token.length());

        Http.Reply streets = getWithBearer("/streets", token);
        assertEquals(streets.body, 200, streets.status);
        assertEquals("the same answer as with Basic", admin.as(partner, SECRET).get("/streets").json(), streets.json());
        assertEquals("the partner role's limits still apply", 403, getWithBearer("/audit", token).status);

        char last = token.charAt(token.length() - 1);
        String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        Http.Reply refused = getWithBearer("/streets", forged);
        assertEquals(401, refused.status);
        assertTrue(refused.header("WWW-Authenticate"), refused.header("WWW-Authenticate").startsWith("Bearer")
                && refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        assertEquals(401, getWithBearer("/streets", "not-a-token").status);

        executeCommand("doudi:user-disable " + partner);
        assertEquals("a disabled user's token stops working", 401, getWithBearer("/streets", token).status);
    }

    @Test
    public void aWrongSecretIsTheSpecsInvalidClientError() throws Exception {
        String partner = addUser("partner");
        Http.Reply wrong = token("grant_type", "client_credentials", "client_id", partner, "client_secret",
                "not-the-secret");
        assertEquals(wrong.body, 401, wrong.status);
        JsonNode error = wrong.json();
        assertEquals("invalid_client", error.get("error").asText());
        assertEquals("invalid_client", error.get("errors").get(0).get("code").asText());
        assertFalse(error.get("errors").get(0).get("message").asText().isEmpty());

        Http.Reply unknownGrant = token("grant_type", "password", "client_id", partner, "client_secret", SECRET);
        assertEquals(400, unknownGrant.status);
        assertEquals("unsupported_grant_type", unknownGrant.json().get("error").asText());

        String staff = addUser("district-staff");
        Http.Reply notAClient = token("grant_type", "client_credentials", "client_id", staff, "client_secret", SECRET);
        assertEquals(notAClient.body, 400, notAClient.status);
        assertEquals("unauthorized_client", notAClient.json().get("error").asText());
    }

    @Test
    public void failedClientCredentialsLockTheNameOutAsForBasic() throws Exception {
        String partner = addUser("partner");
        for (int i = 0; i < 5; i++) {
            token("grant_type", "client_credentials", "client_id", partner, "client_secret", "guess-" + i);
        }
        Http.Reply locked = token("grant_type", "client_credentials", "client_id", partner, "client_secret", SECRET);
        assertEquals(locked.body, 429, locked.status);
        assertTrue(Integer.parseInt(locked.header("Retry-After")) > 0);
        assertEquals("Basic is locked out too", 429, admin.as(partner, SECRET).get("/streets").status);
    }

    @Test
    public void theTokenEndpointIsDocumentedAsPublic() {
        JsonNode op = admin.get("/openapi.json").json().get("paths").get(TOKEN_PATH).get("post");
        assertEquals("*", op.get("x-roles").get(0).asText());
        assertTrue(op.toString(), op.get("requestBody").get("content").has("application/x-www-form-urlencoded"));
    }
}
