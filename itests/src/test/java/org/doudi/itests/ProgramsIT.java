package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The assistance programs in the assembled server: listing, the worked examples of SPEC §12 over HTTP,
 * parameters changed through Configuration Admin on the running server, errors, the API document and the
 * console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProgramsIT extends DoudiTestSupport {
    static final String SHIPPED_STANDARD = "2021-07-01:1330.00";
    /** Before any 2022 change: the standard is 1,330.00 under the shipped and the G6 configuration alike. */
    static final String AS_OF = "2022-06-01";

    private Http admin;

    @Before
    public void prepare() {
        admin = adminClient();
    }

    private String create(String json) {
        Http.Reply r = admin.post("/households", json);
        assertEquals(r.body, 201, r.status);
        return r.json().get("id").asText();
    }

    private JsonNode evaluate(String program, String household, String asOf) {
        Http.Reply r = admin.post("/programs/" + program + "/evaluations",
                "{\"householdId\":\"" + household + "\",\"asOf\":\"" + asOf + "\"}");
        assertEquals(r.body, 200, r.status);
        return r.json();
    }

    private static String failedRules(JsonNode decision) {
        List<String> failed = new ArrayList<>();
        decision.get("reasons").forEach(r -> {
            if (!r.get("passed").asBoolean()) {
                failed.add(r.get("rule").asText());
            }
        });
        return String.join(",", failed);
    }

    private static String ruleDetail(JsonNode decision, String rule) {
        for (JsonNode r : decision.get("reasons")) {
            if (r.get("rule").asText().equals(rule)) {
                return r.get("detail").asText();
            }
        }
        throw new AssertionError("no rule " + rule + " in " + decision);
    }

    @Test
    public void installedProgramsAreListedWithTheirParametersInForce() {
        JsonNode list = admin.get("/programs").json();
        List<String> ids = new ArrayList<>();
        list.forEach(p -> ids.add(p.get("id").asText()));
        assertEquals(List.of("charity", "dibao", "dibao-edge", "rigid-expenditure", "special-hardship",
                "temporary-relief"), ids);
        JsonNode dibao = list.get(ids.indexOf("dibao"));
        assertEquals("最低生活保障", dibao.get("nameZh").asText());
        assertEquals("org.doudi.program.dibao", dibao.get("configurationPid").asText());
        assertTrue(dibao.get("paysMonthlyCash").asBoolean());
        assertEquals(0, new BigDecimal("1330.00").compareTo(dibao.get("parameters").get("standard").decimalValue()));
        assertTrue(dibao.get("evidence").size() >= 3);
        assertFalse("dibao-edge grants a status", list.get(ids.indexOf("dibao-edge")).get("paysMonthlyCash").asBoolean());
        assertEquals(200, admin.get("/programs/dibao").status);
        assertEquals("dibao", admin.get("/programs/dibao").json().get("id").asText());
        JsonNode series = admin.get("/programs/dibao/parameters").json().get("series");
        assertTrue(series.toString(), series.toString().contains("\"from\":\"2021-07-01\""));
    }

    @Test
    public void configMetaDescribesEachProgramsParameters() throws Exception {
        String meta = executeCommand("config:meta org.doudi.program.dibao");
        assertTrue(meta, meta.contains("standard") && meta.contains("gradualExitMonths"));
        String edge = executeCommand("config:meta org.doudi.program.dibaoedge");
        assertTrue(edge, edge.contains("incomeMultiple"));
    }

    @Test
    public void aStaleStandardIsVisibleInHealthListAndConsole() throws Exception {
        // the shipped standard took effect on 2021-07-01: more than 12 months before today
        JsonNode health = admin.anonymous().get("/health").json();
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.toString(), health.get("warnings").toString().contains("dibao: the standard 'standard'"));
        assertTrue(health.get("checks").get("programs").toString().contains("dibao-edge"));
        JsonNode dibao = admin.get("/programs/dibao").json();
        assertTrue(dibao.toString(), dibao.get("warnings").get(0).asText().contains("more than 12 months old"));
        String console = executeCommand("doudi:program-list");
        assertTrue(console, console.contains("WARNING dibao: the standard 'standard' in force (1330.00 since 2021-07-01)"));
        assertTrue(console, console.contains("special-hardship"));
    }

    @Test
    public void workedExamplesG1toG4PassExactlyOverHttp() {
        String g1 = create(TestData.g1Household("tianshanlu", TestData.idNumber(true), TestData.idNumber(false),
                TestData.childIdNumber()));
        JsonNode d1 = evaluate("dibao", g1, AS_OF);
        assertTrue(d1.toString(), d1.get("eligible").asBoolean());
        assertEquals(new BigDecimal("1590.00"), d1.get("monthlyAmount").decimalValue());
        assertEquals("dibao", d1.get("programId").asText());
        assertEquals(AS_OF, d1.get("asOf").asText());
        assertTrue(d1.toString(), ruleDetail(d1, "income").contains("800.00"));
        assertTrue(d1.get("breakdown").get(0).get("detail").asText().contains("× 3"));

        String g2 = create(TestData.adults("tianshanlu", new BigDecimal("1330.00"), null, TestData.idNumber(true),
                TestData.idNumber(false), TestData.idNumber(true)));
        JsonNode d2 = evaluate("dibao", g2, AS_OF);
        assertFalse(d2.get("eligible").asBoolean());
        assertEquals("income", failedRules(d2));
        assertEquals(new BigDecimal("0.00"), d2.get("monthlyAmount").decimalValue());
        String detail = ruleDetail(d2, "income");
        assertEquals(detail, 2, detail.split("1,330\\.00", -1).length - 1);

        String g3ok = create(TestData.adults("tianshanlu", null, new BigDecimal("33000.00"), TestData.idNumber(false)));
        JsonNode d3ok = evaluate("dibao", g3ok, AS_OF);
        assertTrue(d3ok.toString(), d3ok.get("eligible").asBoolean());
        assertEquals(new BigDecimal("1330.00"), d3ok.get("monthlyAmount").decimalValue());
        String g3no = create(TestData.adults("tianshanlu", null, new BigDecimal("33000.01"), TestData.idNumber(false)));
        JsonNode d3no = evaluate("dibao", g3no, AS_OF);
        assertFalse(d3no.get("eligible").asBoolean());
        assertEquals("monetary-assets", failedRules(d3no));

        String g4ok = create(TestData.adults("hongqiao", new BigDecimal("2000.00"), null, TestData.idNumber(true),
                TestData.idNumber(false)));
        assertFalse(evaluate("dibao", g4ok, AS_OF).get("eligible").asBoolean());
        JsonNode edge = evaluate("dibao-edge", g4ok, AS_OF);
        assertTrue(edge.toString(), edge.get("eligible").asBoolean());
        assertEquals(new BigDecimal("0.00"), edge.get("monthlyAmount").decimalValue());
        String g4no = create(TestData.adults("hongqiao", new BigDecimal("2660.00"), null, TestData.idNumber(true),
                TestData.idNumber(false)));
        JsonNode edgeNo = evaluate("dibao-edge", g4no, AS_OF);
        assertFalse(edgeNo.get("eligible").asBoolean());
        assertEquals("income", failedRules(edgeNo));
        assertTrue(ruleDetail(edgeNo, "income"), ruleDetail(edgeNo, "income").contains("2,660.00"));
    }

    @Test
    public void aParameterChangedThroughConfigurationAdminChangesTheEvaluationAndIsAudited() throws Exception {
        String g6 = create(TestData.adults("tianshanlu", new BigDecimal("1000.00"), null, TestData.idNumber(true)));
        assertEquals(new BigDecimal("330.00"), evaluate("dibao", g6, "2022-07-01").get("monthlyAmount").decimalValue());
        try {
            executeCommand("config:property-set -p org.doudi.program.dibao standard \"2021-07-01:1330.00, 2022-07-01:1420.00\"");
            Wait.until("the new standard in force", 30, () -> admin.get("/programs/dibao/parameters").body.contains("1420"));
            assertEquals(new BigDecimal("330.00"), evaluate("dibao", g6, "2022-06-30").get("monthlyAmount").decimalValue());
            JsonNode after = evaluate("dibao", g6, "2022-07-01");
            assertEquals(new BigDecimal("420.00"), after.get("monthlyAmount").decimalValue());
            assertEquals(0, new BigDecimal("1420").compareTo(after.get("parameters").get("standard").decimalValue()));
            JsonNode audit = admin.get("/audit?entityType=configuration&entityId=org.doudi.program.dibao").json();
            JsonNode last = audit.get("items").get(audit.get("items").size() - 1);
            assertEquals("admin", last.get("actor").asText());
            String reason = last.get("reason").asText();
            assertTrue(reason, reason.contains("standard: '2021-07-01:1330.00' → '2021-07-01:1330.00, 2022-07-01:1420.00'"));
        } finally {
            executeCommand("config:property-set -p org.doudi.program.dibao standard " + SHIPPED_STANDARD);
        }
        Wait.until("the shipped standard back", 30, () -> !admin.get("/programs/dibao/parameters").body.contains("1420"));
        assertEquals(new BigDecimal("330.00"), evaluate("dibao", g6, "2022-07-01").get("monthlyAmount").decimalValue());
    }

    @Test
    public void aMisconfiguredProgramStaysListedButRefusesToEvaluate() throws Exception {
        String h = create(TestData.adults("tianshanlu", new BigDecimal("500.00"), null, TestData.idNumber(false)));
        try {
            executeCommand("config:property-set -p org.doudi.program.dibao standard 1330");
            Wait.until("the problem reported", 30, () -> admin.get("/programs/dibao").body.contains("not date:value"));
            Http.Reply refused = admin.post("/programs/dibao/evaluations", "{\"householdId\":\"" + h + "\"}");
            assertEquals(refused.body, 503, refused.status);
            assertTrue(refused.body, refused.json().get("detail").asText().contains("org.doudi.program.dibao"));
            assertTrue(admin.anonymous().get("/health").body.contains("misconfigured"));
        } finally {
            executeCommand("config:property-set -p org.doudi.program.dibao standard " + SHIPPED_STANDARD);
        }
        Wait.until("the program usable again", 30, () -> admin.post("/programs/dibao/evaluations",
                "{\"householdId\":\"" + h + "\",\"asOf\":\"" + AS_OF + "\"}").status == 200);
    }

    @Test
    public void badRequestsGetProblemsNamingTheFieldAndRule() throws Exception {
        String h = create(TestData.adults("tianshanlu", new BigDecimal("500.00"), null, TestData.idNumber(true)));
        Http.Reply unknownProgram = admin.post("/programs/no-such-program/evaluations", "{\"householdId\":\"" + h + "\"}");
        assertEquals(404, unknownProgram.status);
        assertTrue(unknownProgram.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(404, admin.get("/programs/no-such-program").status);
        Http.Reply noHousehold = admin.post("/programs/dibao/evaluations", "{\"asOf\":\"2022-06-01\"}");
        assertEquals(422, noHousehold.status);
        assertEquals("householdId", noHousehold.json().get("errors").get(0).get("field").asText());
        Http.Reply badDate = admin.post("/programs/dibao/evaluations", "{\"householdId\":\"" + h + "\",\"asOf\":\"2022-13-01\"}");
        assertEquals(422, badDate.status);
        assertEquals("asOf", badDate.json().get("errors").get(0).get("field").asText());
        Http.Reply beforeAnyStandard = admin.post("/programs/dibao/evaluations",
                "{\"householdId\":\"" + h + "\",\"asOf\":\"2020-01-01\"}");
        assertEquals(422, beforeAnyStandard.status);
        assertEquals("parameterInForce", beforeAnyStandard.json().get("errors").get(0).get("rule").asText());
        assertEquals(404, admin.post("/programs/dibao/evaluations", "{\"householdId\":\"H-none\"}").status);
        assertEquals(400, admin.post("/programs/dibao/evaluations", "{\"householdId\":").status);
        String user = "ops" + System.nanoTime();
        executeCommand("doudi:user-add --role street-operator --street hongqiao " + user + " Secret-pass-2024");
        Http hongqiao = admin.as(user, "Secret-pass-2024");
        assertEquals("another street's household does not exist", 404,
                hongqiao.post("/programs/dibao/evaluations", "{\"householdId\":\"" + h + "\"}").status);
    }

    @Test
    public void theApiDocumentDescribesEachProgramsEndpoints() {
        JsonNode paths = admin.get("/openapi.json").json().get("paths");
        for (String id : List.of("dibao", "dibao-edge", "special-hardship", "rigid-expenditure")) {
            JsonNode post = paths.get("/programs/" + id + "/evaluations").get("post");
            assertTrue(post.toString(), post.get("x-roles").toString().contains("street-operator"));
            assertFalse(post.get("x-roles").toString().contains("partner"));
            assertTrue(paths.has("/programs/" + id + "/parameters"));
        }
        assertTrue(paths.has("/programs"));
    }

    @Test
    public void theConsoleEvaluatesAHousehold() throws Exception {
        String g1 = create(TestData.g1Household("tianshanlu", TestData.idNumber(true), TestData.idNumber(false),
                TestData.childIdNumber()));
        String out = executeCommand("doudi:program-evaluate " + g1 + " dibao " + AS_OF);
        assertTrue(out, out.contains("ELIGIBLE, monthly amount 1,590.00"));
        assertTrue(out, out.contains("income"));
        String refused = executeCommand("doudi:program-evaluate " + g1 + " no-such-program");
        assertTrue(refused, refused.contains("not installed"));
    }

    @Test
    public void theApiDocumentIsBrowsableBehindTheLogin() throws Exception {
        Http.Reply page = admin.get("/docs");
        assertEquals(page.body, 200, page.status);
        assertTrue(page.header("Content-Type"), page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body, page.body.contains("swagger-ui-bundle.js") && page.body.contains("<base href=\"/api/docs/\">"));
        assertTrue(page.header("Content-Security-Policy"), page.header("Content-Security-Policy").contains("script-src 'self';"));
        assertEquals(200, admin.get("/docs/").status);
        Http.Reply init = admin.get("/docs/doudi-docs.js");
        assertTrue(init.body, init.body.contains("openapi.json") && init.body.contains("SwaggerUIBundle"));
        Http.Reply bundle = admin.get("/docs/swagger-ui-bundle.js");
        assertEquals(200, bundle.status);
        assertTrue(bundle.header("Content-Type"), bundle.header("Content-Type").startsWith("application/javascript"));
        assertTrue(bundle.body.length() > 100_000 && bundle.body.contains("SwaggerUIBundle"));
        assertTrue(bundle.header("Cache-Control"), bundle.header("Cache-Control").contains("max-age"));
        Http.Reply css = admin.get("/docs/swagger-ui.css");
        assertEquals("text/css;charset=utf-8", css.header("Content-Type"));
        assertEquals(304, admin.send("GET", "/docs/swagger-ui.css", "text/plain", new byte[0],
                "If-None-Match", css.header("ETag")).status);
        for (String path : List.of("/docs", "/docs/", "/docs/swagger-ui-bundle.js", "/docs/nothing.js")) {
            Http.Reply anonymous = admin.anonymous().get(path);
            assertEquals(path, 401, anonymous.status);
            assertTrue(path, anonymous.header("WWW-Authenticate").contains("Basic"));
        }
        for (String path : List.of("/docs/../etc/passwd", "/docs/..%2F..%2Fetc%2Fpasswd", "/docs/%2e%2e",
                "/docs/swagger-initializer.js", "/docs/index.css", "/docs/swagger-ui-bundle.js.map", "/docs/nothing.js")) {
            Http.Reply refused = admin.get(path);
            assertEquals(path + " " + refused.body, 404, refused.status);
            assertFalse(path, refused.body.contains("root:"));
        }
        String partner = "partner" + System.nanoTime();
        executeCommand("doudi:user-add --role partner " + partner + " Secret-pass-2024");
        assertEquals("partners integrate: they read the document", 200,
                admin.as(partner, "Secret-pass-2024").get("/docs").status);
        JsonNode files = admin.get("/openapi.json").json().get("paths").get("/docs/{id}").get("get");
        assertTrue(files.toString(), files.get("x-roles").toString().contains("partner"));
    }
}
