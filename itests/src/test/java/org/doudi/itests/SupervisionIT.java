package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doudi.api.Digests;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Supervision in the assembled server (SPEC §9) over HTTP: a dishonesty record whose overpayment comes from the
 * payment roll, its fine, recovery and the enrolment ended for fraud; the partner's audited check of the
 * joint-punishment list; the flag on a new application by a listed person; a monthly file-check sample with a
 * finding, its correction submitted by the street and closed by the district.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionIT extends DoudiTestSupport {
    static final String PW = "Secret-pass-2024";
    static final String HEADER = "householdRef,street,hukouAddress,residenceAddress,idNumber,name,relation,hukouLocal,"
            + "wageIncome,deposits,factsSource,factsAsOf,enrolledProgram,enrolledSince,enrolledMonthlyAmount,"
            + "payeeAccount\n";
    static final String ADDRESS = "长宁区新华路 300 号";

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Imports households (one CSV line each, a head enrolled in dibao from {@code since}); waits for the job. */
    private static void importEnrolled(Http admin, String street, String since, String amount, String... heads) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String head : heads) {
            csv.append("IT-SUP-").append(head).append(',').append(street).append(',').append(ADDRESS).append(',')
                    .append(ADDRESS).append(',').append(head).append(",钱七,HEAD,true,,,,,dibao,").append(since)
                    .append(',').append(amount).append(",6222021001112220000\n");
        }
        Http.Reply r = admin.send("POST", "/imports/households", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(r.body, 202, r.status);
        String jobId = r.json().get("jobId").asText();
        JsonNode[] job = new JsonNode[1];
        Wait.until("import " + jobId, 120, () -> {
            job[0] = admin.get("/jobs/" + jobId).json();
            return job[0].get("state").asText().matches("SUCCEEDED|FAILED|CANCELLED");
        });
        assertEquals(job[0].toString(), "SUCCEEDED", job[0].get("state").asText());
        assertEquals(job[0].toString(), heads.length, job[0].get("counts").get("enrolments").asLong());
    }

    private static String householdOf(Http admin, String idNumber) {
        JsonNode found = admin.post("/households/search", "{\"idNumber\":\"" + idNumber + "\"}").json();
        assertEquals(1, found.get("total").asInt());
        return found.get("items").get(0).get("id").asText();
    }

    private static void assertAmount(String expected, JsonNode value) {
        assertEquals(value.toString(), 0, new BigDecimal(expected).compareTo(value.decimalValue()));
    }

    @Test
    public void aDishonestyRecordComputesTheOverpaymentAndFlagsANewApplication() throws Exception {
        Http admin = adminClient();
        String person = TestData.idNumber(true);
        importEnrolled(admin, "tianshanlu", "2024-01-01", "1330.00", person);
        String household = householdOf(admin, person);
        String enrolment = admin.get("/enrolments?householdId=" + household).json().get("items").get(0).get("id").asText();
        String decidedOn = today().toString();
        String body = "{\"idNumber\":\"" + person + "\",\"householdId\":\"" + household + "\",\"programId\":\"dibao\","
                + "\"kind\":\"CONCEALMENT\",\"decision\":\"长民救字〔2024〕21号：隐瞒经营收入\",\"decidedOn\":\"" + decidedOn
                + "\",\"overpaidFrom\":\"2024-01\",\"overpaidTo\":\"2024-06\",\"fineMultiple\":%s,"
                + "\"terminateEnrolment\":true}";
        for (String bad : List.of("0", "4")) {
            Http.Reply refused = admin.post("/dishonesty-records", String.format(body, bad));
            assertEquals(refused.body, 422, refused.status);
            assertEquals("fineMultiple", refused.json().get("errors").get(0).get("field").asText());
            assertEquals("range", refused.json().get("errors").get(0).get("rule").asText());
        }
        Http.Reply created = admin.post("/dishonesty-records", String.format(body, "2"));
        assertEquals(created.body, 201, created.status);
        JsonNode r = created.json();
        String id = r.get("id").asText();
        assertEquals(6, r.get("months").size());
        assertAmount("7980.00", r.get("overpaidAmount"));
        assertAmount("15960.00", r.get("fineAmount"));
        assertAmount("23940.00", r.get("outstanding"));
        assertTrue(r.get("listed").asBoolean());
        assertEquals(enrolment, r.get("terminatedEnrolments").get(0).asText());
        JsonNode ended = admin.get("/enrolments/" + enrolment).json();
        assertEquals("TERMINATED", ended.get("status").asText());
        assertEquals("FRAUD", ended.get("statusReason").asText());

        JsonNode recovered = admin.post("/dishonesty-records/" + id + "/recoveries",
                "{\"amount\":1000.00,\"note\":\"收据 IT-1\"}").json();
        assertAmount("1000.00", recovered.get("recoveredAmount"));
        assertAmount("22940.00", recovered.get("outstanding"));
        Http.Reply tooMuch = admin.post("/dishonesty-records/" + id + "/recoveries", "{\"amount\":22940.01}");
        assertEquals(tooMuch.body, 422, tooMuch.status);
        assertTrue(tooMuch.body.contains("amount"));

        boolean onList = false;
        for (JsonNode x : admin.get("/dishonesty-records?listed=true&size=100").json().get("items")) {
            onList |= x.get("id").asText().equals(id);
        }
        assertTrue("on the joint-punishment list", onList);

        // a partner asks about one person: listed, since which decision; nothing else; the read is audited
        assertTrue(executeCommand("doudi:user-add --role partner credit-bureau " + PW).contains("created"));
        Http partner = admin.as("credit-bureau", PW);
        Http.Reply noAgreement = partner.get("/dishonesty-records/check?idNumber=" + person);
        assertEquals(noAgreement.body, 403, noAgreement.status);
        assertTrue(noAgreement.body, noAgreement.body.contains("dishonesty-check"));
        executeCommand("config:property-set -p org.doudi.partners queries \"credit-bureau:dishonesty-check\"");
        Wait.until("the partner agreement covers dishonesty-check", 30,
                () -> partner.get("/dishonesty-records/check?idNumber=" + person).status == 200);
        Http.Reply check = partner.get("/dishonesty-records/check?idNumber=" + person);
        assertEquals(check.body, 200, check.status);
        assertTrue(check.json().get("listed").asBoolean());
        assertEquals(decidedOn, check.json().get("decidedOn").asText());
        assertFalse("no name, amounts or household", check.body.contains("钱七") || check.body.contains(household)
                || check.body.contains("7980"));
        assertFalse(partner.get("/dishonesty-records/check?idNumber=" + TestData.idNumber(false)).json()
                .get("listed").asBoolean());
        assertEquals(403, partner.get("/dishonesty-records?listed=true").status);
        assertEquals(403, partner.get("/dishonesty-records/" + id).status);
        JsonNode reads = admin.get("/audit?actor=credit-bureau&action=DISHONESTY_CHECK").json();
        assertTrue(reads.toString(), reads.get("total").asLong() >= 3); // the wait's checks, and the two above
        assertEquals(Digests.sha256(person), admin.get("/audit?actor=credit-bureau&action=DISHONESTY_CHECK&entityId="
                + Digests.sha256(person)).json().get("items").get(0).get("entityId").asText());

        // a new application by the listed person's household is flagged to the caseworker
        Http.Reply opened = admin.post("/cases", "{\"householdId\":\"" + household + "\",\"programId\":\"dibao\","
                + "\"creditCommitment\":true,\"verificationAuthorisation\":true,\"payeeAccount\":\"6222021001112220000\"}");
        assertEquals(opened.body, 201, opened.status);
        JsonNode flag = opened.json().get("flags").get(0);
        assertEquals("DISHONESTY_LISTED", flag.get("kind").asText());
        assertTrue(flag.toString(), flag.get("message").asText().contains(decidedOn));
        assertFalse("the ID number is masked", flag.toString().contains(person));
        JsonNode again = admin.get("/cases/" + opened.json().get("id").asText()).json();
        assertEquals(opened.json().get("flags"), again.get("flags"));

        String console = executeCommand("doudi:dishonesty-list --street tianshanlu");
        assertTrue(console, console.contains(id) && console.contains("LISTED") && console.contains("22940.00"));
    }

    @Test
    public void aFileCheckSampleTakesFindingsAndTheirCorrectionByTheStreet() throws Exception {
        Http admin = adminClient();
        importEnrolled(admin, "xinhualu", "2023-03-06", "830.00", TestData.idNumber(true), TestData.idNumber(false),
                TestData.idNumber(true));
        importEnrolled(admin, "hongqiao", "2023-03-20", "830.00", TestData.idNumber(false));
        Http.Reply drawn = admin.post("/file-checks", "{\"month\":\"2023-03\",\"sizePerStreet\":2}");
        assertEquals(drawn.body, 201, drawn.status);
        JsonNode check = drawn.json();
        String id = check.get("id").asText();
        long seed = check.get("seed").asLong();
        assertTrue("a random seed, shown after the draw", seed != 202303);
        JsonNode xinhualu = null;
        for (JsonNode s : check.get("streets")) {
            if (s.get("street").asText().equals("xinhualu")) {
                xinhualu = s;
            }
        }
        assertEquals(3, xinhualu.get("population").asInt());
        assertEquals(2, xinhualu.get("sampled").asInt());
        List<String> sampled = new ArrayList<>();
        check.get("cases").forEach(c -> {
            if (c.get("street").asText().equals("xinhualu")) {
                sampled.add(c.get("caseId").asText());
            }
        });
        List<String> population = new ArrayList<>();
        admin.get("/cases?street=xinhualu&size=100").json().get("items").forEach(c -> population.add(c.get("id").asText()));
        assertEquals("the two lowest SHA-256(seed:caseId) of the street's cases", population.stream()
                .sorted(Comparator.comparing((String c) -> Digests.sha256(seed + ":" + c))).limit(2).toList(), sampled);
        assertEquals("one sample per month", 409, admin.post("/file-checks", "{\"month\":\"2023-03\"}").status);
        Http.Reply badMonth = admin.post("/file-checks", "{\"month\":\"2023-13\"}");
        assertEquals(badMonth.body, 422, badMonth.status);
        assertTrue(badMonth.body.contains("month"));
        Http.Reply notOver = admin.post("/file-checks", "{\"month\":\"" + java.time.YearMonth.from(today()) + "\"}");
        assertEquals(notOver.body, 422, notOver.status);
        assertTrue(notOver.body.contains("month"));

        executeCommand("doudi:user-add --role street-operator --street xinhualu xin-op " + PW);
        executeCommand("doudi:user-add --role street-operator --street hongqiao hong-op " + PW);
        Http street = admin.as("xin-op", PW);
        Http other = admin.as("hong-op", PW);
        String caseId = sampled.get(0);
        String due = today().plusDays(10).toString();
        String finding = "{\"category\":\"MISSING_SIGNATURE\",\"item\":\"credit commitment (诚信承诺书)\","
                + "\"description\":\"承诺书缺申请人签字\",\"requiredCorrection\":\"补签\",\"dueOn\":\"" + due + "\"}";
        assertEquals("another street's case does not exist", 404,
                other.post("/file-checks/" + id + "/cases/" + caseId + "/findings", finding).status);
        Http.Reply recorded = admin.post("/file-checks/" + id + "/cases/" + caseId + "/findings", finding);
        assertEquals(recorded.body, 201, recorded.status);
        assertEquals(1, recorded.json().get("number").asInt());
        assertEquals("OPEN", recorded.json().get("status").asText());
        JsonNode open = street.get("/file-checks/corrections").json();
        assertEquals(1, open.get("total").asLong());
        assertEquals(caseId, open.get("items").get(0).get("caseId").asText());
        assertEquals(0, other.get("/file-checks/corrections").json().get("total").asLong());
        JsonNode own = street.get("/file-checks/" + id).json();
        own.get("streets").forEach(s -> assertEquals("xinhualu", s.get("street").asText()));
        own.get("cases").forEach(c -> assertEquals("xinhualu", c.get("street").asText()));

        JsonNode submitted = street.post("/file-checks/" + id + "/cases/" + caseId + "/findings/1/correction",
                "{\"correction\":\"已补签并归档\"}").json();
        assertEquals(submitted.toString(), "CORRECTION_SUBMITTED", submitted.get("status").asText());
        assertFalse(submitted.toString(), submitted.has("closedBy"));
        assertEquals(today().toString(), submitted.get("correctedOn").asText());
        assertEquals(409, street.post("/file-checks/" + id + "/cases/" + caseId + "/findings/1/correction",
                "{\"correction\":\"again\"}").status);
        assertEquals("a street does not close its own findings", 403,
                street.post("/file-checks/" + id + "/cases/" + caseId + "/findings/1/close", "{}").status);
        assertEquals("nor marks a file reviewed", 403,
                street.post("/file-checks/" + id + "/cases/" + caseId + "/review", "{}").status);
        Http.Reply closing = admin.post("/file-checks/" + id + "/cases/" + caseId + "/findings/1/close", "{}");
        assertEquals(closing.body, 200, closing.status);
        JsonNode closed = closing.json();
        assertEquals(closed.toString(), "CLOSED", closed.get("status").asText());
        assertTrue(closed.toString(), closed.has("closedBy") && !closed.get("closedBy").asText().equals("xin-op"));
        assertTrue(closed.toString(), closed.has("closedAt"));
        assertEquals(409, admin.post("/file-checks/" + id + "/cases/" + caseId + "/findings/1/close", "{}").status);
        assertEquals(0, admin.get("/file-checks/corrections?street=xinhualu").json().get("total").asLong());
        JsonNode audit = admin.get("/audit?entityType=file-check&entityId=" + id).json();
        assertEquals(audit.toString(), 4, audit.get("total").asLong());

        String console = executeCommand("doudi:file-check-sample --size 1 2023-04");
        assertTrue(console, console.contains("File check") && console.contains("2023-04"));
    }
}
