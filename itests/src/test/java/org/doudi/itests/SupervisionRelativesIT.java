package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.doudi.api.person.ResidentIdNumber;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Close relatives, custody and street indicators in the assembled server (issue 8) over HTTP: a street operator
 * registers his wife, and every step of the case of her household is refused to him (403, conflict of interest) and
 * taken by a colleague; only the district administrator ends a registration, and the report keeps what he did while
 * it was in force; a custody held by a member of staff or by a staff member's registered relative is flagged; the street indicators come as JSON and CSV.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionRelativesIT extends DoudiTestSupport {
    static final String PW = "Secret-pass-2024";
    private static boolean usersAdded;

    private Http users(Http admin) throws Exception {
        if (!usersAdded) {
            for (String user : new String[] {"sam", "tina"}) {
                String out = executeCommand("doudi:user-add --role street-operator --street tianshanlu " + user + " "
                        + PW);
                assertTrue(out, out.contains("created"));
            }
            usersAdded = true;
        }
        return admin;
    }

    @Test
    public void aRegisteredRelativesCaseIsDecidedBySomeoneElse() throws Exception {
        Http admin = users(adminClient());
        Http sam = admin.as("sam", PW);
        Http tina = admin.as("tina", PW);
        String wife = TestData.idNumber(false);
        Http.Reply registered = sam.post("/staff-relatives", "{\"relation\":\"SPOUSE\",\"name\":\"王芳\",\"idNumber\":\""
                + wife + "\"}");
        assertEquals(registered.body, 201, registered.status);
        String registration = registered.json().get("id").asText();
        assertEquals("sam", registered.json().get("staff").asText());
        assertEquals(403, sam.post("/staff-relatives", "{\"staff\":\"tina\",\"relation\":\"SPOUSE\",\"name\":\"x\","
                + "\"idNumber\":\"" + TestData.idNumber(true) + "\"}").status);
        assertEquals(1, sam.get("/staff-relatives").json().size());
        assertEquals(403, sam.get("/staff-relatives?staff=tina").status);
        assertEquals(404, tina.get("/staff-relatives/" + registration).status);

        String household = sam.post("/households", TestData.adults("tianshanlu", new BigDecimal("1330.00"), null,
                TestData.idNumber(true), wife)).json().get("id").asText();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Http.Reply opened = sam.post("/cases", "{\"householdId\":\"" + household + "\",\"programId\":\"dibao\","
                + "\"acceptedOn\":\"" + today + "\",\"creditCommitment\":true,\"verificationAuthorisation\":true}");
        assertEquals(opened.body, 201, opened.status);
        String caseId = opened.json().get("id").asText();
        // every step, not only the decision, is someone else's
        assertEquals(403, sam.post("/cases/" + caseId + "/transitions", "{\"to\":\"VERIFYING\",\"reason\":\"documents"
                + " complete\"}").status);
        assertEquals(200, tina.post("/cases/" + caseId + "/transitions", "{\"to\":\"VERIFYING\",\"reason\":\"documents"
                + " complete\"}").status);
        assertEquals(403, sam.post("/cases/" + caseId + "/extension", "{\"reason\":\"OUT_OF_AREA_APPLICATION\"}")
                .status);

        Http.Reply refused = sam.post("/cases/" + caseId + "/transitions", "{\"to\":\"REFUSED\",\"reason\":\"income"
                + " too high\"}");
        assertEquals(refused.body, 403, refused.status);
        assertEquals("urn:doudi:problem:conflict-of-interest", refused.json().get("type").asText());
        assertEquals("sam registered spouse " + ResidentIdNumber.mask(wife)
                + " as a close relative (registration " + registration + "); it must be handled by someone else",
                refused.json().get("detail").asText());
        assertEquals("VERIFYING", admin.get("/cases/" + caseId).json().get("status").asText());
        Http.Reply decided = tina.post("/cases/" + caseId + "/transitions", "{\"to\":\"REFUSED\",\"reason\":\"income"
                + " too high\"}");
        assertEquals(decided.body, 200, decided.status);
        assertEquals("REFUSED", decided.json().get("status").asText());

        JsonNode report = admin.get("/staff-relatives/cases?staff=sam").json();
        assertEquals(report.toString(), caseId, report.get(0).get("recordId").asText());
        assertEquals("sam", report.get(0).get("staff").asText());
        assertEquals(household, report.get(0).get("householdId").asText());
        assertTrue(report.get(0).get("staffActed").asBoolean());
        assertEquals(403, sam.get("/staff-relatives/cases").status);

        Http.Reply own = sam.post("/staff-relatives/" + registration + "/end", "{\"reason\":\"registered in error\"}");
        assertEquals(own.body, 403, own.status);
        assertTrue(own.body, own.json().get("detail").asText().contains("ask the district administrator"));
        Http.Reply ended = admin.post("/staff-relatives/" + registration + "/end", "{\"reason\":\"registered in"
                + " error\"}");
        assertEquals(ended.body, 200, ended.status);
        // sam accepted the application while the registration was in force: the trace stays
        JsonNode after = admin.get("/staff-relatives/cases?staff=sam").json();
        assertEquals(after.toString(), 1, after.size());
        assertEquals(caseId, after.get(0).get("recordId").asText());
        assertTrue(after.get(0).get("staffActed").asBoolean());
    }

    @Test
    public void anEnrolmentOfARegisteredRelativesHouseholdIsFlagged() throws Exception {
        Http admin = users(adminClient());
        Http tina = admin.as("tina", PW);
        String mother = TestData.idNumberBornIn(1950);
        Http.Reply registered = tina.post("/staff-relatives", "{\"relation\":\"PARENT\",\"name\":\"田母\","
                + "\"idNumber\":\"" + mother + "\"}");
        assertEquals(registered.body, 201, registered.status);
        String household = admin.post("/households", TestData.adults("tianshanlu", null, null, mother)).json()
                .get("id").asText();
        Http.Reply opened = admin.post("/cases", "{\"householdId\":\"" + household + "\",\"programId\":\"dibao\","
                + "\"acceptedOn\":\"2024-10-08\",\"creditCommitment\":true,\"verificationAuthorisation\":true,"
                + "\"payeeAccount\":\"6222021001112223334\"}");
        assertEquals(opened.body, 201, opened.status);
        String caseId = opened.json().get("id").asText();
        assertEquals("STAFF_RELATIVE", opened.json().get("flags").get(0).get("kind").asText());
        String[][] steps = {{"VERIFYING", "2024-10-10"}, {"INVESTIGATING", "2024-10-15"},
            {"UNDER_REVIEW", "2024-10-20"}, {"PUBLIC_NOTICE", "2024-10-22"}, {"CONFIRMED", "2024-10-29"},
            {"GRANTED", "2024-10-31"}};
        JsonNode moved = null;
        for (String[] step : steps) {
            Http.Reply r = admin.post("/cases/" + caseId + "/transitions", "{\"to\":\"" + step[0] + "\",\"reason\":"
                    + "\"step\",\"on\":\"" + step[1] + "\"}");
            assertEquals(r.body, 200, r.status);
            moved = r.json();
        }
        String enrolment = moved.get("enrolmentId").asText();
        JsonNode flags = admin.get("/enrolments/" + enrolment).json().get("flags");
        assertEquals(flags.toString(), 1, flags.size());
        assertEquals("STAFF_RELATIVE", flags.get(0).get("kind").asText());
        assertTrue(flags.toString(), flags.get(0).get("message").asText().contains("tina may not decide"));
        JsonNode listed = admin.get("/enrolments?householdId=" + household).json().get("items").get(0);
        assertEquals(flags, listed.get("flags"));

        String registration = registered.json().get("id").asText();
        assertEquals(403, tina.post("/staff-relatives/" + registration + "/end", "{\"reason\":\"test done\"}")
                .status);
        assertEquals(200, admin.post("/staff-relatives/" + registration + "/end", "{\"reason\":\"test done\"}")
                .status);
        assertEquals(0, admin.get("/enrolments/" + enrolment).json().get("flags").size());
    }

    @Test
    public void aCustodyHeldByStaffIsFlagged() throws Exception {
        Http admin = users(adminClient());
        Http tina = admin.as("tina", PW);
        String own = TestData.idNumber(false);
        assertEquals(201, tina.post("/staff-relatives", "{\"relation\":\"SELF\",\"name\":\"田娜\",\"idNumber\":\""
                + own + "\"}").status);
        String recipient = TestData.idNumberBornIn(1936);
        String household = tina.post("/households", TestData.adults("tianshanlu", null, null, recipient)).json()
                .get("id").asText();
        Http.Reply held = tina.post("/custody-records", "{\"householdId\":\"" + household + "\",\"idNumber\":\""
                + recipient + "\",\"custodianName\":\"田娜\",\"custodianIdNumber\":\"" + own + "\",\"custodianRelation\":"
                + "\"neighbour\",\"item\":\"PASSBOOK\",\"account\":\"6222021001112223334\",\"since\":\"2025-01-02\","
                + "\"reason\":\"cannot walk to the bank\",\"consentBy\":\"RECIPIENT\",\"consentName\":\"王一\","
                + "\"consentOn\":\"2025-01-02\"}");
        assertEquals(held.body, 201, held.status);
        assertTrue(held.json().get("custodianIsStaff").asBoolean());
        assertEquals("tina", held.json().get("custodianStaff").asText());
        assertEquals("****3334", held.json().get("account").asText());
        String id = held.json().get("id").asText();
        assertTrue(admin.get("/custody-records?staffCustodian=true&street=tianshanlu&size=100").body.contains(id));
        assertTrue(!admin.get("/custody-records?staffCustodian=false&size=100").body.contains(id));

        // a custodian who is a staff member's registered close relative is flagged too, naming the registration
        String brother = TestData.idNumber(true);
        Http.Reply reg = tina.post("/staff-relatives", "{\"relation\":\"SIBLING\",\"name\":\"田强\",\"idNumber\":\""
                + brother + "\"}");
        assertEquals(reg.body, 201, reg.status);
        Http.Reply byBrother = tina.post("/custody-records", "{\"householdId\":\"" + household + "\",\"idNumber\":\""
                + recipient + "\",\"custodianName\":\"田强\",\"custodianIdNumber\":\"" + brother + "\","
                + "\"custodianRelation\":\"neighbour\",\"item\":\"CARD\",\"account\":\"6222021001112229999\","
                + "\"since\":\"2025-01-02\",\"reason\":\"cannot walk to the bank\",\"consentBy\":\"RECIPIENT\","
                + "\"consentName\":\"王一\",\"consentOn\":\"2025-01-02\"}");
        assertEquals(byBrother.body, 201, byBrother.status);
        assertTrue(!byBrother.json().get("custodianIsStaff").asBoolean());
        assertTrue(byBrother.json().get("custodianIsStaffRelative").asBoolean());
        assertEquals("tina", byBrother.json().get("custodianRelativeOf").asText());
        assertEquals(reg.json().get("id").asText(), byBrother.json().get("staffRegistration").asText());
        String listed = admin.get("/custody-records?staffCustodian=true&street=tianshanlu&size=100").body;
        assertTrue(listed, listed.contains(id) && listed.contains(byBrother.json().get("id").asText()));
    }

    @Test
    public void streetIndicatorsComeAsJsonAndCsv() {
        Http admin = adminClient();
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        Http.Reply json = admin.get("/reports/streets?month=" + month);
        assertEquals(json.body, 200, json.status);
        JsonNode r = json.json();
        assertEquals(month, r.get("month").asText());
        assertEquals(30, r.get("warningCloseDays").asInt());
        assertEquals(10, r.get("streets").size());
        JsonNode district = r.get("district");
        assertTrue(district.toString(), district.get("deadlineCompliance").get("denominator").asLong() >= 0);
        assertTrue(district.toString(), district.get("visitCoverage").get("denominator").asLong() >= 0);

        Http.Reply csv = admin.get("/reports/streets?format=csv&month=" + month);
        assertEquals(csv.body, 200, csv.status);
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body, csv.body.startsWith("month,street,streetName,indicator,numerator,denominator,rate,note\r\n"));
        assertEquals(1 + 11 * 5, csv.body.split("\r\n").length);
        String accepted = withAccept("/reports/streets?month=" + month, "text/csv");
        assertTrue(accepted, accepted.startsWith("month,street,"));
        assertEquals(422, admin.get("/reports/streets").status);
        assertEquals(422, admin.get("/reports/streets?month=2025-13").status);
    }

    /** A GET asking for one media type only (the test client always asks for JSON). */
    private static String withAccept(String path, String accept) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api() + path)).header("Accept", accept)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword())
                            .getBytes(StandardCharsets.UTF_8))).GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(response.body(), 200, response.statusCode());
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
