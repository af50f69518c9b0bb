package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Dynamic monitoring in the assembled server (SPEC §5) over HTTP: a registry CSV imported as a background job
 * (bad rows reported by line, a re-import creating nothing), partner feeds in CSV and JSON, a reported death
 * suspending payment at once, the monthly cross-comparison raising warnings once, the warning workflow with its
 * effect on the payroll, the never-reopen rule, the city platform's results deduplicated, and big screening.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MonitoringIT extends DoudiTestSupport {
    static final String HEADER = "householdRef,street,hukouAddress,residenceAddress,idNumber,name,relation,hukouLocal,"
            + "wageIncome,deposits,factsSource,factsAsOf,enrolledProgram,enrolledSince,enrolledMonthlyAmount,"
            + "payeeAccount\n";
    static final String ADDRESS = "长宁区天山路 100 弄 1 号";

    private static JsonNode finished(Http admin, String jobId) {
        JsonNode[] job = new JsonNode[1];
        Wait.until("job " + jobId + " to finish", 120, () -> {
            job[0] = admin.get("/jobs/" + jobId).json();
            return job[0].get("state").asText().matches("SUCCEEDED|FAILED|CANCELLED");
        });
        return job[0];
    }

    private static String accepted(Http.Reply r) {
        assertEquals(r.body, 202, r.status);
        String jobId = r.json().get("jobId").asText();
        assertEquals("/api/jobs/" + jobId, r.json().get("href").asText());
        return jobId;
    }

    private static Http.Reply csv(Http client, String path, String body) {
        return client.send("POST", path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String householdOf(Http admin, String idNumber) {
        JsonNode found = admin.post("/households/search", "{\"idNumber\":\"" + idNumber + "\"}").json();
        assertEquals(1, found.get("total").asInt());
        return found.get("items").get(0).get("id").asText();
    }

    private static List<JsonNode> warningsOf(Http admin, String householdId) {
        List<JsonNode> out = new ArrayList<>();
        admin.get("/warnings?householdId=" + householdId + "&size=100").json().get("items").forEach(out::add);
        return out;
    }

    private static boolean onPayroll(Http admin, YearMonth month, String householdId) {
        JsonNode roll = admin.get("/payroll?programId=dibao&month=" + month + "&street=tianshanlu").json();
        for (JsonNode line : roll.get("lines")) {
            if (line.get("householdId").asText().equals(householdId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void anImportAFeedAndAMonthlyRunRaiseWarningsThatTheWorkflowCloses() throws Exception {
        Http admin = adminClient();
        String recipient = TestData.idNumber(true);
        String worker = TestData.idNumber(false);
        String spouse = TestData.idNumber(true);
        String ref = "IT-" + recipient;
        String file = HEADER
                + ref + "-A,tianshanlu," + ADDRESS + "," + ADDRESS + "," + recipient + ",王一,HEAD,true,,,,,dibao,"
                + "2024-01-01,1330.00,6222021001112223334\n"
                + ref + "-B,tianshanlu," + ADDRESS + "," + ADDRESS + "," + worker + ",李二,HEAD,true,1500.00,2000.00,"
                + "区民政局,2024-09-01,,,,\n"
                + ref + "-B,tianshanlu," + ADDRESS + "," + ADDRESS + "," + spouse + ",张三,SPOUSE,true,,,,,,,,\n"
                + ref + "-C,tianshanlu," + ADDRESS + "," + ADDRESS + ",310105199001011230,赵四,HEAD,true,,,,,,,,\n";

        JsonNode imported = finished(admin, accepted(csv(admin, "/imports/households?fileName=it.csv", file)));
        assertEquals(imported.toString(), "SUCCEEDED", imported.get("state").asText());
        assertEquals(100, imported.get("percent").asInt());
        assertEquals(2, imported.get("counts").get("households").asLong());
        assertEquals(3, imported.get("counts").get("persons").asLong());
        assertEquals(1, imported.get("counts").get("enrolments").asLong());
        assertEquals(1, imported.get("errorCount").asLong());
        JsonNode error = imported.get("errors").get(0);
        assertEquals("the bad ID number is reported with its line", 5, error.get("line").asLong());
        assertTrue(error.toString(), error.get("reason").asText().contains("idNumber"));

        JsonNode again = finished(admin, accepted(csv(admin, "/imports/households", file)));
        assertEquals("re-importing the file creates nothing", 2, again.get("counts").get("skipped").asLong());
        assertFalse(again.get("counts").has("households") && again.get("counts").get("households").asLong() > 0);

        String a = householdOf(admin, recipient);
        String b = householdOf(admin, worker);
        assertEquals(2, admin.get("/households/" + b).json().get("members").size());
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        assertTrue("the migrated recipient is on this month's roll", onPayroll(admin, now, a));

        // a death report: compared at once, the enrolment suspended, off the current roll
        JsonNode deaths = finished(admin, accepted(csv(admin, "/monitoring/feeds/death?period=2024-10",
                "idNumber,date\n" + recipient + ",2024-10-05\n310105199001011230,2024-10-06\n,2024-10-07\n")));
        assertEquals("SUCCEEDED", deaths.get("state").asText());
        assertEquals(2, deaths.get("errorCount").asLong());
        assertEquals(3, deaths.get("errors").get(0).get("line").asLong());
        assertEquals(4, deaths.get("errors").get(1).get("line").asLong());
        List<JsonNode> aWarnings = warningsOf(admin, a);
        assertEquals(1, aWarnings.size());
        JsonNode death = aWarnings.get(0);
        assertEquals("death", death.get("type").asText());
        assertEquals("HIGH", death.get("severity").asText());
        assertEquals("STOP_PAYMENT", death.get("suggestedAction").asText());
        assertEquals("OPEN", death.get("status").asText());
        assertEquals("2024-10-05", death.get("factDate").asText());
        JsonNode enrolment = admin.get("/enrolments?householdId=" + a).json().get("items").get(0);
        assertEquals("SUSPENDED", enrolment.get("status").asText());
        assertEquals("PENDING_VERIFICATION", enrolment.get("statusReason").asText());
        assertFalse("a reported death leaves the roll at once", onPayroll(admin, now, a));

        // a JSON feed and the monthly run; a rerun raises nothing twice
        String employment = "{\"department\":\"长宁区人社局\",\"period\":\"2024-10\",\"records\":[{\"idNumber\":\""
                + worker + "\",\"date\":\"2024-10-01\",\"facts\":{\"employer\":\"长宁某物业公司\",\"monthlyWage\":\"4200.00\"}}]}";
        assertEquals("SUCCEEDED", finished(admin, accepted(admin.post("/monitoring/feeds/employment", employment)))
                .get("state").asText());
        assertEquals("only the death so far", 0, warningsOf(admin, b).size());
        JsonNode run = finished(admin, accepted(admin.post("/monitoring/runs", "{\"month\":\"2024-10\"}")));
        assertEquals(run.toString(), "SUCCEEDED", run.get("state").asText());
        List<JsonNode> bWarnings = warningsOf(admin, b);
        assertEquals(1, bWarnings.size());
        JsonNode job = bWarnings.get(0);
        assertEquals("employment", job.get("type").asText());
        assertEquals("长宁某物业公司", job.get("factKey").asText());
        assertEquals(0, new java.math.BigDecimal("4200.00").compareTo(job.get("factAmount").decimalValue()));
        assertEquals("tianshanlu", job.get("street").asText());
        assertTrue(job.get("facts").asText(), job.get("facts").asText().contains("长宁区人社局"));
        assertEquals(0, job.get("ageDays").asLong());
        finished(admin, accepted(admin.post("/monitoring/runs", "{\"month\":\"2024-10\"}")));
        assertEquals("a rerun raises nothing new", 1, warningsOf(admin, b).size());
        assertEquals(1, warningsOf(admin, a).size());

        // the city platform reports the same fact: deduplicated against ours
        JsonNode city = finished(admin, accepted(csv(admin, "/monitoring/city-results/tianshanlu?month=2024-10",
                "idNumber,type,date,key,amount,detail\n" + worker + ",employment,2024-10-01,长宁某物业公司,4200.00,市平台\n")));
        assertEquals("SUCCEEDED", city.get("state").asText());
        assertEquals(1, warningsOf(admin, b).size());
        assertEquals("BOTH", warningsOf(admin, b).get(0).get("source").asText());

        // the death: assigned, verified, terminated; it stays off the next roll
        String deathId = death.get("id").asText();
        assertEquals("ASSIGNED", admin.post("/warnings/" + deathId + "/assignment",
                "{\"advisor\":\"alice\",\"note\":\"visit this week\"}").json().get("status").asText());
        JsonNode verified = admin.post("/warnings/" + deathId + "/verification",
                "{\"confirmed\":true,\"verifiedOn\":\"2024-10-10\",\"findings\":\"death certificate seen\"}").json();
        assertEquals(verified.toString(), "VERIFIED", verified.get("status").asText());
        assertEquals("verification records findings only", "SUSPENDED",
                admin.get("/enrolments?householdId=" + a).json().get("items").get(0).get("status").asText());
        JsonNode disposed = admin.post("/warnings/" + deathId + "/disposition",
                "{\"kind\":\"TERMINATE_ASSISTANCE\",\"reason\":\"recipient died 2024-10-05\"}").json();
        assertEquals(disposed.toString(), "DISPOSED", disposed.get("status").asText());
        JsonNode ended = admin.get("/enrolments?householdId=" + a).json().get("items").get(0);
        assertEquals("TERMINATED", ended.get("status").asText());
        assertEquals("DECEASED", ended.get("statusReason").asText());
        assertFalse(onPayroll(admin, now.plusMonths(1), a));
        Http.Reply twice = admin.post("/warnings/" + deathId + "/disposition", "{\"kind\":\"DISMISS\",\"reason\":\"x\"}");
        assertEquals(twice.body, 409, twice.status);

        // dismissed for a fact: the same fact never reopens, even from a new batch and a rerun
        String jobWarning = job.get("id").asText();
        Http.Reply noReason = admin.post("/warnings/" + jobWarning + "/disposition", "{\"kind\":\"DISMISS\"}");
        assertEquals(noReason.body, 422, noReason.status);
        assertTrue(noReason.body, noReason.body.contains("reason"));
        assertEquals("DISMISSED", admin.post("/warnings/" + jobWarning + "/disposition",
                "{\"kind\":\"DISMISS\",\"reason\":\"short contract, already ended\"}").json().get("status").asText());
        finished(admin, accepted(admin.post("/monitoring/feeds/employment", employment)));
        finished(admin, accepted(admin.post("/monitoring/runs", "{\"month\":\"2024-10\"}")));
        List<JsonNode> after = warningsOf(admin, b);
        assertEquals(1, after.size());
        assertEquals("DISMISSED", after.get(0).get("status").asText());

        JsonNode summary = admin.get("/warnings/summary?street=tianshanlu").json();
        assertEquals("tianshanlu", summary.get(0).get("street").asText());
        assertTrue(summary.get(0).get("closed").asLong() >= 2);
        String console = executeCommand("doudi:warning-list --street tianshanlu --type employment");
        assertTrue(console, console.contains(b) && console.contains("DISMISSED"));
        String jobs = executeCommand("doudi:job-show " + run.get("id").asText());
        assertTrue(jobs, jobs.contains("MONITORING_RUN") && jobs.contains("100%") && jobs.contains("SUCCEEDED"));
    }

    @Test
    public void bigScreeningListsHouseholdsThatMayNowQualifyPerStreet() {
        Http admin = adminClient();
        String poor = TestData.idNumber(true);
        String paid = TestData.idNumber(false);
        String ref = "IT-SCR-" + poor;
        String file = HEADER
                + ref + "-1,xinhualu,长宁区新华路 1 号,长宁区新华路 1 号," + poor + ",钱五,HEAD,true,1000.00,,区民政局,"
                + "2023-01-01,,,,\n"
                + ref + "-2,xinhualu,长宁区新华路 2 号,长宁区新华路 2 号," + paid + ",孙六,HEAD,true,,,,,dibao,2024-01-01,"
                + "1330.00,6222021001112229999\n";
        assertEquals("SUCCEEDED", finished(admin, accepted(csv(admin, "/imports/households", file))).get("state").asText());
        String poorHousehold = householdOf(admin, poor);
        String paidHousehold = householdOf(admin, paid);

        JsonNode screening = finished(admin, accepted(admin.post("/screenings",
                "{\"programId\":\"dibao\",\"asOf\":\"2024-10-01\",\"street\":\"xinhualu\",\"reason\":\"IT\"}")));
        assertEquals(screening.toString(), "SUCCEEDED", screening.get("state").asText());
        JsonNode candidates = admin.get("/screenings/" + screening.get("id").asText() + "/candidates?street=xinhualu&size=200")
                .json();
        JsonNode mine = null;
        for (JsonNode c : candidates.get("items")) {
            assertFalse("an enrolled household is no candidate", c.get("householdId").asText().equals(paidHousehold));
            if (c.get("householdId").asText().equals(poorHousehold)) {
                mine = c;
            }
        }
        assertTrue(candidates.toString(), mine != null);
        // one person with 1,000.00 of wages against the shipped standard of 1,330.00 in 2024: 330.00 a month
        assertEquals(0, new java.math.BigDecimal("330.00").compareTo(mine.get("monthlyAmount").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("1000.00").compareTo(mine.get("perCapitaIncome").decimalValue()));
        assertEquals("xinhualu", mine.get("street").asText());
    }

    @Test
    public void aPartnerSendsOnlyTheFeedsItsAgreementCoversAndFollowsItsOwnJobs() throws Exception {
        Http admin = adminClient();
        String pw = "Partner-pass-2025";
        assertTrue(executeCommand("doudi:user-add --role partner hr-bureau " + pw).contains("created"));
        Http partner = admin.as("hr-bureau", pw);
        String feed = "idNumber,date,employer,monthlyWage\n" + TestData.idNumber(true) + ",2024-10-01,某公司,3000.00\n";
        Http.Reply refused = csv(partner, "/monitoring/feeds/employment?period=2024-10", feed);
        assertEquals("no agreement yet: " + refused.body, 403, refused.status);
        executeCommand("config:property-set -p org.doudi.partners feeds \"hr-bureau:employment|pension\"");
        String[] jobId = new String[1];
        Wait.until("the agreement to apply", 30, () -> {
            Http.Reply r = csv(partner, "/monitoring/feeds/employment?period=2024-10&department=x", feed);
            if (r.status == 202) {
                jobId[0] = r.json().get("jobId").asText();
            }
            return r.status == 202;
        });
        Http.Reply death = csv(partner, "/monitoring/feeds/death?period=2024-10", "idNumber,date\n");
        assertEquals("deaths are not in its agreement: " + death.body, 403, death.status);
        JsonNode own = finished(partner, jobId[0]);
        assertEquals("SUCCEEDED", own.get("state").asText());
        assertEquals(1, own.get("counts").get("loaded").asLong());
        String other = accepted(csv(admin, "/monitoring/feeds/pension?period=2024-10", "idNumber,date,monthlyAmount\n"));
        assertEquals("a partner sees only its own jobs", 404, partner.get("/jobs/" + other).status);
    }

    @Test
    public void badMonitoringRequestsAreRefusedNamingTheField() {
        Http admin = adminClient();
        Http.Reply unknown = csv(admin, "/monitoring/feeds/lottery?period=2024-10", "idNumber,date\n");
        assertEquals(unknown.body, 422, unknown.status);
        assertTrue(unknown.body.contains("type"));
        Http.Reply noPeriod = csv(admin, "/monitoring/feeds/death", "idNumber,date\n");
        assertEquals(noPeriod.body, 422, noPeriod.status);
        assertTrue(noPeriod.body.contains("period"));
        Http.Reply badMonth = admin.post("/monitoring/runs", "{\"month\":\"2024-13\"}");
        assertEquals(badMonth.body, 422, badMonth.status);
        assertTrue(badMonth.body.contains("month"));
        assertEquals(404, admin.get("/jobs/no-such-job").status);
        Http.Reply badProgram = admin.post("/screenings", "{\"programId\":\"no-such-program\"}");
        assertEquals(badProgram.body, 422, badProgram.status);
        assertTrue(badProgram.body.contains("programId"));
        // a feed file without a required column fails its job, saying which column
        JsonNode failed = finished(admin, accepted(csv(admin, "/monitoring/feeds/vehicle?period=2024-10",
                "idNumber,date\n310105199001011235,2024-10-01\n")));
        assertEquals("FAILED", failed.get("state").asText());
        assertTrue(failed.toString(), failed.get("message").asText().contains("plate"));
    }
}
