package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** The household registry over real HTTP against the assembled server (one container for the class). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryApiIT extends DoudiTestSupport {

    private Http admin;

    @Before
    public void ready() {
        admin = adminClient();
    }

    @Test
    public void healthIsPublicAndUp() throws Exception {
        Http.Reply r = admin.anonymous().get("/health");
        assertEquals(200, r.status);
        assertEquals("UP", r.json().get("status").asText());
        assertEquals("UP", r.json().get("checks").get("database").asText());
    }

    @Test
    public void everyOtherEndpointNeedsValidCredentials() {
        for (String path : Arrays.asList("/households", "/households/whatever", "/streets", "/openapi.json")) {
            Http.Reply r = admin.anonymous().get(path);
            assertEquals(path, 401, r.status);
            assertTrue(r.header("WWW-Authenticate").startsWith("Basic"));
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
            assertEquals(401, admin.as("admin", "wrong-password").get(path).status);
        }
        assertEquals(401, admin.as("karaf", "karaf").get("/households").status);
    }

    @Test
    public void createReadUpdateWithOptimisticLocking() throws Exception {
        String head = TestData.idNumber(true);
        Http.Reply created = admin.post("/households", TestData.g1Household("tianshanlu", head,
                TestData.idNumber(false), TestData.childIdNumber()));
        assertEquals(created.body, 201, created.status);
        JsonNode h = created.json();
        String id = h.get("id").asText();
        assertTrue(created.header("Location").endsWith("/api/households/" + id));
        assertEquals("\"1\"", created.header("ETag"));
        assertEquals("天山路街道", h.get("streetName").asText());
        assertEquals(3, h.get("members").size());
        assertEquals(3, h.get("memberCount").asInt());
        // G1: wages of 2,400.00 a month for three people -> 800.00 per person
        assertEquals(new BigDecimal("800.00"), h.get("perCapitaMonthlyIncome").decimalValue());
        assertFalse(h.get("peopleHouseholdSeparation").asBoolean());
        for (JsonNode m : h.get("members")) {
            assertEquals(36, m.get("personId").asText().length());
        }
        assertEquals(h.get("members").get(0).get("personId"), h.get("incomes").get(0).get("personId"));

        Http.Reply read = admin.get("/households/" + id);
        assertEquals(200, read.status);
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals(h, read.json());

        // a household read back and sent again is unchanged, apart from version and time
        Http.Reply same = admin.put("/households/" + id, read.body, "If-Match", read.header("ETag"));
        assertEquals(same.body, 200, same.status);
        assertEquals("\"2\"", same.header("ETag"));
        ObjectNode before = (ObjectNode) read.json();
        ObjectNode after = (ObjectNode) same.json();
        for (String volatileField : new String[] {"version", "updatedAt"}) {
            before.remove(volatileField);
            after.remove(volatileField);
        }
        assertEquals(before, after);

        // a real change: the family moves (people-household separation)
        ObjectNode moved = (ObjectNode) same.json();
        moved.put("residenceAddress", "长宁区仙霞路 8 号 1201 室");
        moved.put("changeReason", "moved to a rented flat");
        Http.Reply changed = admin.put("/households/" + id, moved.toString(), "If-Match", "\"2\"");
        assertEquals(changed.body, 200, changed.status);
        assertTrue(changed.json().get("peopleHouseholdSeparation").asBoolean());
        assertEquals(3, changed.json().get("version").asInt());

        Http.Reply stale = admin.put("/households/" + id, moved.toString(), "If-Match", "\"2\"");
        assertEquals(412, stale.status);
        assertTrue(stale.header("Content-Type").startsWith("application/problem+json"));
        Http.Reply unconditional = admin.put("/households/" + id, moved.toString());
        assertEquals(428, unconditional.status);
        assertEquals(3, admin.get("/households/" + id).json().get("version").asInt());

        JsonNode history = admin.get("/households/" + id + "/history").json();
        assertEquals(3, history.size());
        assertEquals("HOUSEHOLD_CREATED", history.get(0).get("action").asText());
        assertEquals("admin", history.get(2).get("actor").asText());
        assertEquals("moved to a rented flat", history.get(2).get("reason").asText());
        assertEquals("长宁区天山路 100 弄 1 号 101 室", history.get(0).get("snapshot").get("residenceAddress").asText());
    }

    @Test
    public void membersLeaveWithADateAndAreNeverRemoved() throws Exception {
        String head = TestData.idNumber(true);
        String spouse = TestData.idNumber(false);
        JsonNode h = admin.post("/households", TestData.g1Household("jiangsulu", head, spouse,
                TestData.childIdNumber())).json();
        String id = h.get("id").asText();
        String spouseId = h.get("members").get(1).get("personId").asText();

        ObjectNode withoutSpouse = (ObjectNode) h.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) withoutSpouse.get("members")).remove(1);
        Http.Reply refused = admin.put("/households/" + id, withoutSpouse.toString(), "If-Match", "\"1\"");
        assertEquals(422, refused.status);
        assertEquals("noRemoval", refused.json().get("errors").get(0).get("rule").asText());

        Http.Reply ended = admin.post("/households/" + id + "/members/" + spouseId + "/end",
                "{\"endedOn\":\"2025-03-01\",\"endReason\":\"DECEASED\",\"reason\":\"death certificate\"}");
        assertEquals(ended.body, 200, ended.status);
        assertEquals(3, ended.json().get("members").size());
        assertEquals("2025-03-01", ended.json().get("members").get(1).get("endedOn").asText());
        assertEquals(2, ended.json().get("memberCount").asInt());
        // only the head's wages of 1,500.00 remain, shared by two
        assertEquals(new BigDecimal("750.00"), ended.json().get("perCapitaMonthlyIncome").decimalValue());

        // the ended person's ID number is free again: they may be registered elsewhere
        Http.Reply elsewhere = admin.post("/households", "{\"street\":\"xinjing\",\"hukouAddress\":\"长宁区新泾镇 1 号\","
                + "\"residenceAddress\":\"长宁区新泾镇 1 号\",\"members\":[" + TestData.member(spouse, "李娜", "HEAD") + "]}");
        assertEquals(elsewhere.body, 201, elsewhere.status);
    }

    @Test
    public void theSameIdNumberCannotBeActiveInTwoHouseholds() {
        String head = TestData.idNumber(true);
        assertEquals(201, admin.post("/households", TestData.g1Household("hongqiao", head, TestData.idNumber(false),
                TestData.childIdNumber())).status);
        Http.Reply second = admin.post("/households", "{\"street\":\"hongqiao\",\"hukouAddress\":\"a\","
                + "\"residenceAddress\":\"a\",\"members\":[" + TestData.member(head, "张伟", "HEAD") + "]}");
        assertEquals(409, second.status);
        assertTrue(second.json().get("detail").asText().contains("members[0].idNumber"));
        assertFalse(second.body.contains(head));
    }

    @Test
    public void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() throws Exception {
        String head = TestData.idNumber(true);
        String body = TestData.g1Household("xinhualu", head, TestData.idNumber(false), TestData.childIdNumber());
        String key = "retry-" + head;
        Http.Reply first = admin.post("/households", body, "Idempotency-Key", key);
        Http.Reply retry = admin.post("/households", body, "Idempotency-Key", key);
        assertEquals(201, first.status);
        assertEquals(201, retry.status);
        assertEquals(first.json().get("id"), retry.json().get("id"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, countWith(head));

        String other = TestData.g1Household("xinhualu", TestData.idNumber(true), TestData.idNumber(false),
                TestData.childIdNumber());
        Http.Reply reused = admin.post("/households", other, "Idempotency-Key", key);
        assertEquals(422, reused.status);
        assertEquals("urn:doudi:problem:idempotency-key-reused", reused.json().get("type").asText());
    }

    @Test
    public void badInputIsAClear4xxProblemAndWritesNothing() throws Exception {
        long before = total();
        String head = TestData.idNumber(true);
        String good = TestData.g1Household("tianshanlu", head, TestData.idNumber(false), TestData.childIdNumber());
        char check = head.charAt(17);
        String badCheck = head.substring(0, 17) + (check == '0' ? '1' : check == 'X' ? '0' : (char) (check - 1));

        expectProblem(admin.post("/households", "{\"street\": \"tianshanlu\", "), 400, null, null);
        expectProblem(admin.post("/households", good.replace("\"street\"", "\"streeet\"")), 400, "streeet", "unknownField");
        expectProblem(admin.post("/households", good.replace(head, badCheck)), 422, "members[0].idNumber", "checksum");
        expectProblem(admin.post("/households", good.replace("tianshanlu", "moonbase")), 422, "street", "knownStreet");
        expectProblem(admin.post("/households", good.replace("1500.00", "-1500.00")), 422, "incomes[0].monthlyAmount", "min");
        expectProblem(admin.post("/households", good.replace("1500.00", "\"lots\"")), 400, "incomes[0].monthlyAmount", "type");
        expectProblem(admin.post("/households", good.replace("\"HEAD\"", "\"BOSS\"")), 400, "members[0].relation", "type");
        expectProblem(admin.post("/households", good.replace("2024-09-01", "2024-02-30")), 400, "incomes[0].asOf", "type");
        expectProblem(admin.post("/households", good.replace(head, head.substring(0, 6) + "19990230" + head.substring(14))),
                422, "members[0].idNumber", null);
        byte[] huge = ("{\"street\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        expectProblem(admin.send("POST", "/households", "application/json", huge), 413, null, null);
        expectProblem(admin.send("POST", "/households", "text/plain", good.getBytes(StandardCharsets.UTF_8)), 415, null, null);
        expectProblem(admin.get("/households?size=1000"), 422, "size", "range");
        expectProblem(admin.get("/households?street=nowhere"), 422, "street", "knownStreet");
        expectProblem(admin.get("/households/does-not-exist"), 404, null, null);
        assertEquals(before, total());
        assertEquals(0, countWith(head));
    }

    @Test
    public void listByStreetAndName() throws Exception {
        String head = TestData.idNumber(true);
        admin.post("/households", TestData.g1Household("beixinjing", head, TestData.idNumber(false),
                TestData.childIdNumber()));
        JsonNode page = admin.get("/households?street=beixinjing&size=100").json();
        assertTrue(page.get("total").asLong() >= 1);
        for (JsonNode h : page.get("items")) {
            assertEquals("beixinjing", h.get("street").asText());
        }
        JsonNode byName = admin.get("/households?street=beixinjing&name=%E5%BC%A0").json();
        assertTrue(byName.get("total").asLong() >= 1);
        JsonNode streets = admin.get("/streets").json();
        assertEquals(10, streets.size());
        assertEquals("huayanglu", streets.get(0).get("id").asText());
        assertEquals("新泾镇", streets.get(9).get("label").asText());
    }

    @Test
    public void openApiDocumentListsTheEndpointsWithTheirRoles() {
        JsonNode doc = admin.get("/openapi.json").json();
        assertEquals("3.0.3", doc.get("openapi").asText());
        JsonNode paths = doc.get("paths");
        assertNotNull(paths.get("/households").get("post"));
        assertNotNull(paths.get("/households/{id}").get("put"));
        assertEquals("*", paths.get("/health").get("get").get("x-roles").get(0).asText());
        assertEquals("district-admin", paths.get("/households").get("get").get("x-roles").get(0).asText());
        assertNotNull(doc.get("components").get("schemas").get("Household"));
    }

    @Test
    public void entitiesAreWovenByEclipseLink() throws Exception {
        Bundle registry = Arrays.stream(bundleContext.getBundles())
                .filter(b -> "org.doudi.registry".equals(b.getSymbolicName())).findFirst().orElseThrow();
        Class<?> entity = registry.loadClass("org.doudi.registry.internal.entity.HouseholdEntity");
        assertTrue(Arrays.stream(entity.getInterfaces())
                .anyMatch(i -> i.getName().equals("org.eclipse.persistence.internal.weaving.PersistenceWeaved")));
    }

    @Test
    public void consoleListsAndShowsHouseholds() throws Exception {
        String head = TestData.idNumber(true);
        String id = admin.post("/households", TestData.g1Household("chengjiaqiao", head, TestData.idNumber(false),
                TestData.childIdNumber())).json().get("id").asText();
        String list = executeCommand("doudi:household-list --street chengjiaqiao --size 100");
        assertTrue(list, list.contains(id));
        assertFalse("ID numbers are masked on the console", list.contains(head));
        String show = executeCommand("doudi:household-show " + id);
        assertTrue(show, show.contains("800.00"));
        assertTrue(show, show.contains("程家桥街道"));
        String demo = executeCommand("doudi:demo-data --households 5 --seed 7");
        assertTrue(demo, demo.contains("Registered"));
    }

    private long total() {
        return admin.get("/households?size=1").json().get("total").asLong();
    }

    private long countWith(String idNumber) {
        return admin.post("/households/search", "{\"idNumber\":\"" + idNumber + "\"}").json().get("total").asLong();
    }

    private static void expectProblem(Http.Reply r, int status, String field, String rule) {
        assertEquals(r.body, status, r.status);
        assertTrue(r.body, r.header("Content-Type").startsWith("application/problem+json"));
        JsonNode p = r.json();
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.get("type").asText().startsWith("urn:doudi:problem:"));
        assertFalse(r.body, r.body.contains("Exception") || r.body.contains("at org."));
        if (field != null) {
            JsonNode e = p.get("errors").get(0);
            assertEquals(r.body, field, e.get("field").asText());
            if (rule != null) {
                assertEquals(r.body, rule, e.get("rule").asText());
            }
        }
        assertNotEquals(500, r.status);
    }
}
