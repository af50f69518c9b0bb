package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Roles, street scoping, masking, the audit trail and the console ACLs, against the assembled server. The
 * authorization matrix walks every operation of the OpenAPI document as every role, so an endpoint added
 * later without a rule fails here.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends DoudiTestSupport {
    static final Pattern FULL_ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9X](?![0-9A-Za-z])");
    static final String PW = "Secret-pass-2024";
    /** user → role (street-level users in tianshanlu, except adam in hongqiao). */
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("dora", "district-staff");
        USERS.put("alice", "street-operator");
        USERS.put("adam", "advisor");
        USERS.put("audrey", "auditor");
        USERS.put("hr-bureau", "partner");
        USERS.put("olga", "operator");
    }

    private static boolean prepared;
    private static String tianshanlu;
    private static String hongqiao;
    private static String tianshanluPerson;
    private Http admin;

    @Before
    public void prepare() throws Exception {
        admin = adminClient();
        if (prepared) {
            return;
        }
        for (Map.Entry<String, String> u : USERS.entrySet()) {
            String street = u.getKey().equals("alice") ? " --street tianshanlu"
                    : u.getKey().equals("adam") ? " --street hongqiao" : "";
            String out = executeCommand("doudi:user-add --role " + u.getValue() + street + " " + u.getKey() + " " + PW);
            assertTrue(out, out.contains("created"));
        }
        JsonNode h1 = admin.post("/households", TestData.g1Household("tianshanlu", TestData.idNumber(true),
                TestData.idNumber(false), TestData.childIdNumber())).json();
        tianshanlu = h1.get("id").asText();
        tianshanluPerson = h1.get("members").get(0).get("personId").asText();
        hongqiao = admin.post("/households", TestData.g1Household("hongqiao", TestData.idNumber(true),
                TestData.idNumber(false), TestData.childIdNumber())).json().get("id").asText();
        prepared = true;
    }

    private Http as(String user) {
        return admin.as(user, PW);
    }

    @Test
    public void usersAreListedWithTheirRolesAndStoredHashed() throws Exception {
        String list = executeCommand("doudi:user-list");
        assertTrue(list, list.matches("(?s).*alice\\s+\\|\\s+street-operator\\s+\\|\\s+tianshanlu.*"));
        assertTrue(list, list.matches("(?s).*hr-bureau\\s+\\|\\s+partner.*"));
        String users = java.nio.file.Files.readString(java.nio.file.Paths.get(System.getProperty("karaf.etc"),
                "users.properties"));
        assertFalse("no clear-text password on disk", users.contains(PW));
        assertTrue(users.contains("alice = {CRYPT}"));
        for (String user : USERS.keySet()) {
            assertEquals(user, 200, as(user).get("/streets").status);
        }
    }

    @Test
    public void authorizationMatrixHasNoLeaks() {
        JsonNode paths = admin.get("/openapi.json").json().get("paths");
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<String> roles = new ArrayList<>();
                op.getValue().get("x-roles").forEach(r -> roles.add(r.asText()));
                assertFalse(path.getKey() + " " + op.getKey() + " has no rule", roles.isEmpty());
                for (Map.Entry<String, String> user : USERS.entrySet()) {
                    boolean allowed = roles.contains("*") || roles.contains(user.getValue());
                    String own = user.getKey().equals("adam") ? hongqiao : tianshanlu;
                    Http.Reply r = call(as(user.getKey()), op, path.getKey(), own);
                    calls++;
                    // a partner's role may call it, but its data-sharing agreement (not configured here) does not
                    boolean refusedByAgreement = allowed && r.status == 403 && r.body.contains("agreement");
                    if (!refusedByAgreement && allowed == (r.status == 403 || r.status == 401)) {
                        leaks.add(user.getKey() + " " + op.getKey() + " " + path.getKey() + " -> " + r.status);
                    }
                    boolean streetLevel = user.getKey().equals("alice") || user.getKey().equals("adam");
                    if (allowed && streetLevel && (path.getKey().contains("{id}") || path.getKey().contains("{householdId}")
                            || path.getKey().endsWith("/evaluations"))) {
                        String other = own.equals(tianshanlu) ? hongqiao : tianshanlu;
                        Http.Reply foreign = call(as(user.getKey()), op, path.getKey(), other);
                        calls++;
                        if (foreign.status != 404) {
                            leaks.add(user.getKey() + " (other street) " + op.getKey() + " " + path.getKey() + " -> "
                                    + foreign.status);
                        }
                    }
                }
                Http.Reply anonymous = call(admin.anonymous(), op, path.getKey(), tianshanlu);
                if (!roles.contains("*") && anonymous.status != 401) {
                    leaks.add("anonymous " + op.getKey() + " " + path.getKey() + " -> " + anonymous.status);
                }
            }
        }
        assertTrue("at least every operation as every role: " + calls, calls >= paths.size() * USERS.size());
        assertEquals(List.of(), leaks);
    }

    @Test
    public void streetLevelUsersSeeOnlyTheirStreetInListsAndCounts() {
        JsonNode mine = as("alice").get("/households?size=100").json();
        assertTrue(mine.get("total").asLong() >= 1);
        mine.get("items").forEach(h -> assertEquals("tianshanlu", h.get("street").asText()));
        assertEquals(0, as("alice").get("/households?street=hongqiao").json().get("total").asLong());
        assertEquals(0, as("adam").post("/households/search", "{\"street\":\"tianshanlu\"}").json().get("total").asLong());
        Http.Reply elsewhere = as("alice").post("/households", TestData.g1Household("hongqiao", TestData.idNumber(true),
                TestData.idNumber(false), TestData.childIdNumber()));
        assertEquals(422, elsewhere.status);
        assertEquals("ownStreet", elsewhere.json().get("errors").get(0).get("rule").asText());
        assertEquals(201, as("alice").post("/households", TestData.g1Household("tianshanlu", TestData.idNumber(true),
                TestData.idNumber(false), TestData.childIdNumber())).status);
    }

    @Test
    public void noUnmaskedIdNumberReachesNonPrivilegedRoles() {
        List<String> found = new ArrayList<>();
        for (String user : List.of("adam", "audrey", "hr-bureau", "olga")) {
            Http client = as(user);
            for (String body : List.of(
                    client.get("/households?size=100").body,
                    client.get("/households/" + tianshanlu).body,
                    client.get("/households/" + hongqiao).body,
                    client.get("/households/" + hongqiao + "/history").body,
                    client.post("/households/search", "{\"size\":100}").body,
                    client.get("/audit?size=200").body,
                    client.get("/openapi.json").body,
                    client.get("/streets").body,
                    client.get("/programs").body)) {
                if (FULL_ID_NUMBER.matcher(body).find()) {
                    found.add(user + ": " + body.substring(0, Math.min(200, body.length())));
                }
            }
        }
        assertEquals(List.of(), found);
        JsonNode asAdvisor = as("adam").get("/households/" + hongqiao).json();
        assertTrue(asAdvisor.get("members").get(0).get("idNumber").asText().matches("310105\\*{11}[0-9X]"));
        assertTrue("advisors assess needs: they see incomes", asAdvisor.get("incomes").size() > 0);
    }

    @Test
    public void partnersSeeIdentityOnlyAndTheirReadsAreAudited() {
        String head = admin.get("/households/" + tianshanlu).json().get("members").get(0).get("idNumber").asText();
        Http.Reply found = as("hr-bureau").post("/households/search", "{\"idNumber\":\"" + head + "\"}");
        assertEquals(found.body, 200, found.status);
        JsonNode h = found.json().get("items").get(0);
        assertNull(h.get("incomes"));
        assertNull(h.get("perCapitaMonthlyIncome"));
        assertFalse(found.body.contains(head));
        assertEquals(422, as("hr-bureau").post("/households/search", "{\"name\":\"张\"}").status);
        assertEquals(200, as("hr-bureau").get("/households/" + tianshanlu).status);
        JsonNode reads = as("audrey").get("/audit?actor=hr-bureau&action=HOUSEHOLD_READ&entityId=" + tianshanlu).json();
        assertTrue(reads.toString(), reads.get("total").asLong() >= 2);
    }

    @Test
    public void theAuditTrailRecordsWritesAndItsChainVerifies() throws Exception {
        JsonNode created = as("audrey").get("/audit?entityId=" + tianshanlu + "&action=HOUSEHOLD_CREATED").json();
        assertEquals(1, created.get("total").asLong());
        assertEquals("admin", created.get("items").get(0).get("actor").asText());
        assertEquals(64, created.get("items").get(0).get("hash").asText().length());
        JsonNode verification = as("audrey").get("/audit/verification").json();
        assertTrue(verification.toString(), verification.get("intact").asBoolean());
        assertTrue(verification.get("checked").asLong() >= 2);
        assertTrue(executeCommand("doudi:audit-verify").contains("INTACT"));
        assertEquals(403, as("alice").get("/audit").status);
    }

    @Test
    public void configurationChangesAreAuditedWithWhoOldAndNew() throws Exception {
        executeCommand("config:property-set -p org.doudi.registry complexMinMembers 7");
        JsonNode changed = as("audrey").get("/audit?entityType=configuration&entityId=org.doudi.registry").json();
        assertTrue(changed.toString(), changed.get("total").asLong() >= 1);
        JsonNode last = changed.get("items").get(changed.get("items").size() - 1);
        assertEquals("CONFIG_UPDATED", last.get("action").asText());
        assertEquals("admin", last.get("actor").asText());
        assertTrue(last.get("reason").asText(), last.get("reason").asText().contains("complexMinMembers"));
        executeCommand("config:property-set -p org.doudi.registry complexMinMembers 6");
        assertTrue(as("audrey").get("/audit/verification").json().get("intact").asBoolean());
    }

    @Test
    public void consoleAndSshFollowTheAcls() throws Exception {
        String operatorList = Ssh.run("olga", PW, "doudi:household-list --size 1");
        assertTrue(operatorList, operatorList.contains("households"));
        String operatorUsers = Ssh.run("olga", PW, "doudi:user-list");
        assertFalse(operatorUsers, operatorUsers.contains("alice"));
        String operatorDemo = Ssh.run("olga", PW, "doudi:demo-data --households 1");
        assertFalse(operatorDemo, operatorDemo.contains("Registered"));
        String operatorConfig = Ssh.run("olga", PW, "config:property-set -p org.doudi.registry complexMinMembers 2");
        assertFalse(operatorConfig.isBlank());
        String adminUsers = Ssh.run("admin", adminPassword(), "doudi:user-list");
        assertTrue(adminUsers, adminUsers.contains("alice"));
        for (String apiOnly : List.of("dora", "alice", "adam", "audrey", "hr-bureau")) {
            assertEquals(apiOnly + " has no console", "AUTH FAILED", Ssh.run(apiOnly, PW, "doudi:household-list"));
        }
        assertEquals("AUTH FAILED", Ssh.run("karaf", "karaf", "bundle:list"));
    }

    @Test
    public void repeatedFailedLoginsLockTheUserNameOut() throws Exception {
        executeCommand("doudi:user-add --role district-staff mallory " + PW);
        Http wrong = admin.as("mallory", "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("/streets").status);
        }
        Http.Reply locked = as("mallory").get("/streets");
        assertEquals(429, locked.status);
        assertTrue(Integer.parseInt(locked.header("Retry-After")) > 0);
        assertEquals("other users are not affected", 200, as("dora").get("/streets").status);
    }

    @Test
    public void passwordsChangeAndUsersCanBeDisabled() throws Exception {
        executeCommand("doudi:user-add --role auditor trudy " + PW);
        assertEquals(200, as("trudy").get("/audit?size=1").status);
        executeCommand("doudi:user-passwd trudy Another-pass-2025");
        assertEquals(200, admin.as("trudy", "Another-pass-2025").get("/audit?size=1").status);
        executeCommand("doudi:user-disable trudy");
        assertEquals(401, admin.as("trudy", "Another-pass-2025").get("/audit?size=1").status);
        assertTrue(executeCommand("doudi:user-list").matches("(?s).*trudy.*disabled.*"));
        try {
            executeCommand("doudi:user-add --role auditor eve short");
            org.junit.Assert.fail("a weak password was accepted");
        } catch (Exception refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("at least 10 characters"));
        }
        assertFalse(executeCommand("doudi:user-list").contains("eve"));
    }

    @Test
    public void malformedRequestsNeverCauseA5xxAndChangeNothing() {
        long before = admin.get("/households?size=1").json().get("total").asLong();
        JsonNode h1 = admin.get("/households/" + tianshanlu).json();
        // a body that parses but breaks a rule (the check character), so no mutation can be written
        String head = h1.get("members").get(0).get("idNumber").asText();
        String broken = head.substring(0, 17) + (head.charAt(17) == '1' ? '2' : '1');
        String household = TestData.g1Household("tianshanlu", broken, TestData.idNumber(false), TestData.childIdNumber());
        String member = TestData.member(broken, "王五", "CHILD");
        String[][] targets = {
            {"POST", "/households", household},
            {"PUT", "/households/" + tianshanlu, h1.toString()},
            {"POST", "/households/" + tianshanlu + "/members", member},
            {"POST", "/households/" + tianshanlu + "/members/no-such-person/end", "{\"endedOn\":\"2024-01-01\",\"endReason\":\"DECEASED\"}"},
            {"POST", "/households/search", "{\"name\":\"张\",\"street\":\"tianshanlu\",\"page\":0,\"size\":10}"},
        };
        Fuzz fuzz = new Fuzz(20241001L);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int round = 0; round < 220; round++) {
            for (String[] t : targets) {
                byte[] body = fuzz.mutate(t[2]);
                Http.Reply r = t[0].equals("PUT")
                        ? admin.send("PUT", t[1], "application/json", body, "If-Match", "\"0\"")
                        : admin.send(t[0], t[1], "application/json", body);
                sent++;
                boolean problem = r.header("Content-Type") != null && r.header("Content-Type").startsWith("application/problem+json");
                if (r.status >= 500 || (r.status >= 400 && !problem)
                        || (r.status < 300 && !t[1].endsWith("/search"))) {
                    failures.add(t[0] + " " + t[1] + " -> " + r.status + " " + r.body.substring(0, Math.min(200, r.body.length())));
                }
            }
        }
        assertTrue(sent >= 1000);
        assertEquals(List.of(), failures);
        assertEquals(before, admin.get("/households?size=1").json().get("total").asLong());
        assertEquals(h1, admin.get("/households/" + tianshanlu).json());
    }

    /** Calls an operation with harmless arguments: ids of real records, bodies that write nothing. */
    private Http.Reply call(Http client, Map.Entry<String, JsonNode> op, String path, String householdId) {
        JsonNode content = op.getValue().path("requestBody").path("content");
        if ("post".equals(op.getKey()) && content.has("text/csv") && !content.has("application/json")) {
            // a CSV upload: an empty file of the right type, so the answer is about the caller, not the media type
            return client.send("POST", path.replace("{id}", householdId).replace("{street}", "tianshanlu")
                    .replace("{type}", "death"), "text/csv", new byte[0]);
        }
        JsonNode produces = op.getValue().path("responses").path("default").path("content");
        if ("get".equals(op.getKey()) && !produces.has("application/json") && produces.fieldNames().hasNext()
                && produces.fieldNames().next().startsWith("text/csv")) {
            // a CSV download: ask for what it serves, so the answer is about the caller, not the media type
            return client.getAccepting(url(path, householdId), "text/csv");
        }
        return call(client, op.getKey(), path, householdId);
    }

    private String url(String path, String householdId) {
        return path.replace("{id}", householdId).replace("{caseId}", householdId)
                .replace("{householdId}", householdId)
                .replace("{personId}", tianshanluPerson)
                .replace("{programId}", "dibao").replace("{n}", "1").replace("{street}", "tianshanlu")
                .replace("{type}", "death");
    }

    private Http.Reply call(Http client, String method, String path, String householdId) {
        String url = url(path, householdId);
        switch (method) {
            case "get":
                return client.get(url);
            case "post":
                if (url.endsWith("/evaluations")) {
                    return client.post(url, "{\"householdId\":\"" + householdId + "\",\"asOf\":\"2022-06-01\"}");
                }
                return client.post(url, url.endsWith("/search") ? "{\"idNumber\":\"000000000000000000\"}" : "{}");
            case "put":
                return client.put(url, "{}", "If-Match", "\"0\"");
            default:
                return client.send(method.toUpperCase(), url, "application/json", new byte[0]);
        }
    }
}
