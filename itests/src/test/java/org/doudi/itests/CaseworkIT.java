package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Casework in the assembled server (SPEC §3): an application from acceptance to enrolment over HTTP with its
 * legal deadline in working days, an extension, a refusal with its printable notice, objections during public
 * notice and appeals (复核, 行政复议) against a decision, the payment roll, overdue lists, and the working-day
 * calendar behind the deadlines.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CaseworkIT extends DoudiTestSupport {

    @Test
    public void theShippedCalendarCountsWorkingDaysAcrossHolidays() throws Exception {
        adminClient();
        // 20 working days from 2024-02-08 skip the Spring Festival (Feb 10-17) and count Feb 18, a Sunday worked
        String out = executeCommand("doudi:calendar-workdays 2024-02-08 20");
        assertTrue(out, out.contains("Due       2024-03-13"));
        assertTrue(out, out.contains("Status    final"));
        String listed = executeCommand("doudi:calendar-workdays --list 2024-02-08 20");
        assertTrue(listed, listed.contains("2024-02-18") && listed.contains("weekend day worked"));
    }

    @Test
    public void aYearWithoutItsNoticeIsProvisionalUntilTheNoticeIsLoaded() throws Exception {
        Http admin = adminClient();
        String h = admin.post("/households", TestData.adults("tianshanlu", new BigDecimal("700.00"), null,
                TestData.idNumber(false))).json().get("id").asText();
        String caseId = admin.post("/cases", application(h, "2026-11-30")).json().get("id").asText();
        JsonNode extended = admin.post("/cases/" + caseId + "/extension", "{\"reason\":\"DIFFICULT_ECONOMIC_INVESTIGATION\"}")
                .json();
        // 45 working days from 2026-11-30 run into 2027, whose holiday notice is not shipped: weekdays, provisional
        assertEquals("2027-02-01", extended.get("deadline").asText());
        assertTrue(extended.get("deadlineProvisional").asBoolean());
        assertTrue(admin.anonymous().get("/health").body.contains("provisional deadline"));
        String before = executeCommand("doudi:calendar-workdays 2026-12-15 20");
        assertTrue(before, before.contains("Due       2027-01-12") && before.contains("PROVISIONAL") && before.contains("[2027]"));
        executeCommand("config:property-set -p org.doudi.calendar year.2027.daysOff 2027-01-01");
        Wait.until("2027 loaded", 30, () -> {
            try {
                return executeCommand("doudi:calendar-workdays 2026-12-15 20").contains("Due       2027-01-13");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(executeCommand("doudi:calendar-workdays 2026-12-15 20").contains("Status    final"));
        JsonNode recomputed = admin.get("/cases/" + caseId).json();
        assertFalse(recomputed.get("deadlineProvisional").asBoolean());
        assertEquals("loading 2027 (Jan 1 off) moves the deadline a day", "2027-02-02", recomputed.get("deadline").asText());
    }

    static final String ACCOUNT = "6222021001112223334";

    private static String application(String household, String acceptedOn) {
        return "{\"householdId\":\"" + household + "\",\"programId\":\"dibao\",\"acceptedOn\":\"" + acceptedOn
                + "\",\"creditCommitment\":true,\"verificationAuthorisation\":true,\"payeeAccount\":\"" + ACCOUNT + "\"}";
    }

    private static JsonNode move(Http admin, String caseId, String to, String on) {
        Http.Reply r = admin.post("/cases/" + caseId + "/transitions", "{\"to\":\"" + to + "\",\"reason\":\"step "
                + to + "\",\"on\":\"" + on + "\"}");
        assertEquals(r.body, 200, r.status);
        return r.json();
    }

    @Test
    public void anApplicationGoesFromAcceptanceToEnrolmentAndThePayroll() {
        Http admin = adminClient();
        String g1 = admin.post("/households", TestData.g1Household("tianshanlu", TestData.idNumber(true),
                TestData.idNumber(false), TestData.childIdNumber())).json().get("id").asText();
        Http.Reply opened = admin.post("/cases", application(g1, "2024-10-08"), "Idempotency-Key", "open-" + g1);
        assertEquals(opened.body, 201, opened.status);
        JsonNode c = opened.json();
        String id = c.get("id").asText();
        // 20 working days after Tue 2024-10-08 (not counted): Sat 2024-10-12 is a working day (调休), so Nov 4
        assertEquals("2024-11-04", c.get("deadline").asText());
        assertEquals(20, c.get("deadlineWorkingDays").asInt());
        assertFalse(c.get("deadlineProvisional").asBoolean());
        assertEquals("ACCEPTED", c.get("status").asText());
        assertEquals("****3334", c.get("payeeAccount").asText());
        assertEquals(409, admin.post("/cases", application(g1, "2024-10-09")).status);
        Http.Reply retried = admin.post("/cases", application(g1, "2024-10-08"), "Idempotency-Key", "open-" + g1);
        assertEquals("a retry with the same key returns the case opened the first time", id,
                retried.json().get("id").asText());

        JsonNode extended = admin.post("/cases/" + id + "/extension", "{\"reason\":\"PEOPLE_HOUSEHOLD_SEPARATION\",\"on\":\"2024-10-20\","
                + "\"note\":\"hukou and residence differ\"}").json();
        assertEquals("2024-12-09", extended.get("deadline").asText());
        assertEquals(45, extended.get("deadlineWorkingDays").asInt());
        assertEquals(409, admin.post("/cases/" + id + "/extension", "{\"reason\":\"OUT_OF_AREA_APPLICATION\"}").status);
        String late = admin.post("/cases", application(admin.post("/households", TestData.adults("tianshanlu",
                new BigDecimal("600.00"), null, TestData.idNumber(true))).json().get("id").asText(), "2024-10-08"))
                .json().get("id").asText();
        Http.Reply tooLate = admin.post("/cases/" + late + "/extension", "{\"reason\":\"OUT_OF_AREA_APPLICATION\","
                + "\"on\":\"2024-11-05\"}");
        assertEquals("a deadline missed stays missed", 409, tooLate.status);

        Http.Reply illegal = admin.post("/cases/" + id + "/transitions", "{\"to\":\"GRANTED\",\"reason\":\"too early\"}");
        assertEquals(409, illegal.status);
        assertTrue(illegal.body, illegal.json().get("detail").asText().contains("VERIFYING"));
        move(admin, id, "VERIFYING", "2024-10-10");
        move(admin, id, "INVESTIGATING", "2024-10-15");
        move(admin, id, "UNDER_REVIEW", "2024-10-20");
        assertEquals("2024-10-28", move(admin, id, "PUBLIC_NOTICE", "2024-10-22").get("publicNoticeUntil").asText());
        Http.Reply tooEarly = admin.post("/cases/" + id + "/transitions",
                "{\"to\":\"CONFIRMED\",\"reason\":\"approved\",\"on\":\"2024-10-28\"}");
        assertEquals(tooEarly.body, 409, tooEarly.status);
        JsonNode confirmed = move(admin, id, "CONFIRMED", "2024-10-29");
        assertTrue(confirmed.get("decision").get("eligible").asBoolean());
        assertEquals(new BigDecimal("1590.00"), confirmed.get("decision").get("monthlyAmount").decimalValue());
        assertEquals("2024-10-29", confirmed.get("decidedOn").asText());
        assertFalse(confirmed.get("overdue").asBoolean());
        JsonNode granted = move(admin, id, "GRANTED", "2024-10-31");
        String enrolmentId = granted.get("enrolmentId").asText();
        assertEquals(7, granted.get("transitions").size());

        JsonNode enrolment = admin.get("/enrolments/" + enrolmentId).json();
        assertEquals("ACTIVE", enrolment.get("status").asText());
        assertEquals("Active", enrolment.get("beneficiaryStatus").asText());
        assertEquals(new BigDecimal("1590.00"), enrolment.get("monthlyAmount").decimalValue());
        assertEquals("2024-10", enrolment.get("startMonth").asText());
        assertEquals("2025-10-31", enrolment.get("nextReview").asText());
        assertEquals("****3334", enrolment.get("payeeAccount").asText());
        assertEquals(1, admin.get("/enrolments?householdId=" + g1).json().get("total").asInt());
        for (JsonNode m : admin.get("/households/" + g1).json().get("members")) {
            assertEquals(m.toString(), 1, m.get("circle").asInt());
            assertTrue(m.get("circleReason").asText().contains("dibao"));
        }
        JsonNode report = admin.get("/reports/circles?street=tianshanlu").json();
        assertTrue(report.toString(), report.get("total").get("covered").asLong() >= 3);

        JsonNode roll = admin.get("/payroll?programId=dibao&month=2024-11&street=tianshanlu").json();
        JsonNode line = null;
        for (JsonNode l : roll.get("lines")) {
            if (l.get("enrolmentId").asText().equals(enrolmentId)) {
                line = l;
            }
        }
        assertTrue(roll.toString(), line != null);
        assertEquals(new BigDecimal("1590.00"), line.get("amount").decimalValue());
        assertTrue(roll.get("totalsByStreet").get("tianshanlu").decimalValue().compareTo(new BigDecimal("1590.00")) >= 0);
        assertFalse(admin.get("/payroll?programId=dibao&month=2024-09&street=tianshanlu").body.contains(enrolmentId));

        JsonNode suspended = admin.post("/enrolments/" + enrolmentId + "/status",
                "{\"status\":\"SUSPENDED\",\"reason\":\"PENDING_VERIFICATION\",\"note\":\"death reported\"}").json();
        assertEquals("Suspended", suspended.get("beneficiaryStatus").asText());
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertFalse("a suspension takes the recipient off this month's roll at once",
                admin.get("/payroll?programId=dibao&month=" + thisMonth).body.contains(enrolmentId));
        assertTrue(admin.get("/payroll?programId=dibao&month=2024-11").body.contains(enrolmentId));
        JsonNode ended = admin.post("/enrolments/" + enrolmentId + "/status",
                "{\"status\":\"TERMINATED\",\"reason\":\"DECEASED\",\"note\":\"death verified\"}").json();
        assertEquals("Deceased", ended.get("beneficiaryStatus").asText());
        assertEquals(409, admin.post("/enrolments/" + enrolmentId + "/status", "{\"status\":\"ACTIVE\"}").status);
        for (JsonNode m : admin.get("/households/" + g1).json().get("members")) {
            assertEquals("terminated within two years: policy edge", 3, m.get("circle").asInt());
        }
        assertTrue(admin.get("/audit?entityId=" + id).json().get("total").asInt() >= 8);
    }

    @Test
    public void aRefusalKeepsTheReasonsAndPrintsANotice() throws Exception {
        Http admin = adminClient();
        String g2 = admin.post("/households", TestData.adults("tianshanlu", new BigDecimal("1330.00"), null,
                TestData.idNumber(true), TestData.idNumber(false))).json().get("id").asText();
        String id = admin.post("/cases", application(g2, "2025-12-01")).json().get("id").asText();
        move(admin, id, "VERIFYING", "2025-12-02");
        move(admin, id, "INVESTIGATING", "2025-12-05");
        JsonNode refused = move(admin, id, "REFUSED", "2025-12-10");
        assertFalse(refused.get("decision").get("eligible").asBoolean());
        assertEquals("REFUSED", refused.get("status").asText());
        Http.Reply notice = admin.get("/cases/" + id + "/notice");
        assertEquals(notice.body, 200, notice.status);
        assertTrue(notice.header("Content-Type"), notice.header("Content-Type").startsWith("text/html"));
        assertTrue(notice.body, notice.body.contains("1,330.00") && notice.body.contains("is not below"));
        assertEquals(409, admin.post("/cases/" + id + "/transitions", "{\"to\":\"VERIFYING\",\"reason\":\"again\"}").status);
        Http.Reply bad = admin.post("/cases", "{\"householdId\":\"" + g2 + "\",\"programId\":\"dibao\"}");
        assertEquals(422, bad.status);
        assertTrue(bad.body, bad.body.contains("creditCommitment") && bad.body.contains("verificationAuthorisation"));
        for (JsonNode m : admin.get("/households/" + g2).json().get("members")) {
            assertEquals("refused within two years: policy edge", 3, m.get("circle").asInt());
        }
        Http.Reply appeal = admin.post("/cases/" + id + "/appeals", "{\"kind\":\"REVIEW\",\"filedOn\":\"2025-12-11\","
                + "\"grounds\":\"the wages were counted twice\"}");
        assertEquals(appeal.body, 200, appeal.status);
        Http.Reply overturned = admin.post("/cases/" + id + "/appeals/1/outcome", "{\"outcome\":\"OVERTURNED\","
                + "\"decidedOn\":\"2025-12-15\",\"reason\":\"income recounted\"}");
        assertEquals(overturned.body, 200, overturned.status);
        for (JsonNode m : admin.get("/households/" + g2).json().get("members")) {
            assertNull("an overturned refusal is no longer a refusal", m.get("circle"));
        }
        String out = executeCommand("doudi:case-show " + id);
        assertTrue(out, out.contains("REFUSED"));
    }

    @Test
    public void anObjectionExtendsTheDeadlineAndAReviewIsRecordedAgainstTheRefusal() throws Exception {
        Http admin = adminClient();
        String h = admin.post("/households", TestData.adults("tianshanlu", new BigDecimal("1330.00"), null,
                TestData.idNumber(true), TestData.idNumber(false))).json().get("id").asText();
        JsonNode opened = admin.post("/cases", application(h, "2025-09-01")).json();
        String id = opened.get("id").asText();
        // 20 working days after Mon 2025-09-01: Sep 2-26 give 19, Sun Sep 28 is worked (调休): the 20th
        assertEquals("2025-09-28", opened.get("deadline").asText());
        assertEquals(0, opened.get("objections").size());
        assertEquals(0, opened.get("appeals").size());
        Http.Reply undecided = admin.post("/cases/" + id + "/appeals",
                "{\"kind\":\"REVIEW\",\"filedOn\":\"2025-09-02\",\"grounds\":\"no decision yet\"}");
        assertEquals(undecided.body, 409, undecided.status);
        assertTrue(undecided.body, undecided.json().get("detail").asText().contains("ACCEPTED"));
        Http.Reply notOnNotice = admin.post("/cases/" + id + "/objections", "{\"raisedOn\":\"2025-09-01\","
                + "\"content\":\"too early\"}");
        assertEquals(notOnNotice.body, 409, notOnNotice.status);

        move(admin, id, "VERIFYING", "2025-09-02");
        move(admin, id, "INVESTIGATING", "2025-09-03");
        move(admin, id, "UNDER_REVIEW", "2025-09-04");
        assertEquals("2025-09-11", move(admin, id, "PUBLIC_NOTICE", "2025-09-05").get("publicNoticeUntil").asText());
        Http.Reply noObjection = admin.post("/cases/" + id + "/extension", "{\"reason\":\"PUBLIC_NOTICE_OBJECTION\"}");
        assertEquals(noObjection.body, 409, noObjection.status);
        assertTrue(noObjection.body, noObjection.json().get("detail").asText().contains("no objection recorded"));
        Http.Reply afterNotice = admin.post("/cases/" + id + "/objections", "{\"raisedOn\":\"2025-09-12\","
                + "\"raisedBy\":\"a neighbour\",\"content\":\"too late\"}");
        assertEquals(afterNotice.body, 422, afterNotice.status);
        assertTrue(afterNotice.body, afterNotice.body.contains("raisedOn") && afterNotice.body.contains("noticePeriod"));
        assertEquals(422, admin.post("/cases/" + id + "/objections", "{\"raisedOn\":\"2025-09-08\"}").status);

        Http.Reply objected = admin.post("/cases/" + id + "/objections", "{\"raisedOn\":\"2025-09-08\","
                + "\"raisedBy\":\"a neighbour\",\"content\":\"the family runs a shop on the ground floor\"}");
        assertEquals(objected.body, 200, objected.status);
        JsonNode objection = objected.json().get("objections").get(0);
        assertEquals("2025-09-08", objection.get("raisedOn").asText());
        assertEquals("a neighbour", objection.get("raisedBy").asText());
        assertEquals("admin", objection.get("recordedBy").asText());
        assertTrue(objection.has("recordedAt"));
        JsonNode anonymous = admin.post("/cases/" + id + "/objections", "{\"raisedOn\":\"2025-09-11\","
                + "\"content\":\"a second letter\"}").json();
        assertEquals("anonymous", anonymous.get("objections").get(1).get("raisedBy").asText());

        Http.Reply extended = admin.post("/cases/" + id + "/extension", "{\"reason\":\"PUBLIC_NOTICE_OBJECTION\","
                + "\"on\":\"2025-09-12\",\"note\":\"the shop is being looked into\"}");
        assertEquals(extended.body, 200, extended.status);
        // 45 working days after 2025-09-01: Sep 28 and Oct 11 worked, Oct 1-8 off
        assertEquals("2025-11-07", extended.json().get("deadline").asText());
        assertEquals("PUBLIC_NOTICE_OBJECTION", extended.json().get("extensionReason").asText());

        JsonNode refused = move(admin, id, "REFUSED", "2025-09-15");
        assertEquals("2025-09-15", refused.get("decidedOn").asText());
        Http.Reply tooLate = admin.post("/cases/" + id + "/appeals",
                "{\"kind\":\"REVIEW\",\"filedOn\":\"2025-11-15\",\"grounds\":\"late\"}");
        assertEquals(tooLate.body, 422, tooLate.status);
        assertTrue(tooLate.body, tooLate.body.contains("filedOn") && tooLate.body.contains("2025-11-14"));
        Http.Reply unknownKind = admin.post("/cases/" + id + "/appeals", "{\"kind\":\"APPEAL\",\"grounds\":\"x\"}");
        assertEquals("a mistyped JSON field is a 400 naming it", 400, unknownKind.status);
        assertTrue(unknownKind.body, unknownKind.body.contains("kind"));

        Http.Reply filed = admin.post("/cases/" + id + "/appeals",
                "{\"kind\":\"REVIEW\",\"filedOn\":\"2025-09-26\",\"grounds\":\"the shop is not ours\"}");
        assertEquals(filed.body, 200, filed.status);
        JsonNode review = filed.json().get("appeals").get(0);
        assertEquals(1, review.get("number").asInt());
        assertEquals("REVIEW", review.get("kind").asText());
        // 10 working days after Fri 2025-09-26: Sun 09-28 (1), 09-29, 09-30, Oct 1-8 off, 10-09, 10-10, Sat 10-11 (6),
        // 10-13 .. 10-16 (10)
        assertEquals("2025-10-16", review.get("due").asText());
        assertFalse(review.get("dueProvisional").asBoolean());
        assertTrue("no outcome and today is after the due day", review.get("overdue").asBoolean());
        assertEquals("admin", review.get("recordedBy").asText());
        assertNull(review.get("outcome"));

        Http.Reply decided = admin.post("/cases/" + id + "/appeals/1/outcome", "{\"outcome\":\"UPHELD\","
                + "\"decidedOn\":\"2025-10-14\",\"reason\":\"the shop's licence names the household head\"}");
        assertEquals(decided.body, 200, decided.status);
        JsonNode upheld = decided.json().get("appeals").get(0);
        assertEquals("UPHELD", upheld.get("outcome").asText());
        assertEquals("2025-10-14", upheld.get("outcomeOn").asText());
        assertFalse(upheld.get("overdue").asBoolean());
        assertEquals("REFUSED", decided.json().get("status").asText());
        Http.Reply again = admin.post("/cases/" + id + "/appeals/1/outcome", "{\"outcome\":\"OVERTURNED\","
                + "\"decidedOn\":\"2025-10-15\",\"reason\":\"second thoughts\"}");
        assertEquals(again.body, 409, again.status);
        assertTrue(again.body, again.json().get("detail").asText().contains("already decided"));
        assertEquals(404, admin.post("/cases/" + id + "/appeals/2/outcome", "{\"outcome\":\"UPHELD\","
                + "\"reason\":\"x\"}").status);

        String audit = admin.get("/audit?entityId=" + id + "&size=100").body;
        assertTrue(audit, audit.contains("CASE_OBJECTION") && audit.contains("CASE_APPEAL_FILED")
                && audit.contains("CASE_APPEAL_DECIDED"));
        String out = executeCommand("doudi:case-show " + id);
        assertTrue(out, out.contains("a neighbour") && out.contains("2025-10-16") && out.contains("UPHELD"));
    }

    @Test
    public void overdueCasesAreListedFromTheDayAfterTheirDeadline() throws Exception {
        Http admin = adminClient();
        String h = admin.post("/households", TestData.adults("hongqiao", new BigDecimal("500.00"), null,
                TestData.idNumber(true))).json().get("id").asText();
        String id = admin.post("/cases", application(h, "2024-10-08")).json().get("id").asText();
        try {
            executeCommand("config:property-set -p org.doudi.clock fixedDate 2024-11-04");
            Wait.until("today is the deadline", 30, () -> admin.get("/cases/" + id).json().get("overdue") != null
                    && !admin.get("/cases/" + id).json().get("overdue").asBoolean());
            assertFalse(admin.get("/cases?overdue=true&street=hongqiao&size=100").body.contains(id));
            executeCommand("config:property-set -p org.doudi.clock fixedDate 2024-11-05");
            Wait.until("the day after the deadline", 30, () -> admin.get("/cases/" + id).json().get("overdue").asBoolean());
            assertTrue(admin.get("/cases?overdue=true&street=hongqiao&size=100").body.contains(id));
            assertTrue(executeCommand("doudi:case-list --overdue --street hongqiao").contains(id));
        } finally {
            executeCommand("config:property-delete -p org.doudi.clock fixedDate");
        }
        Wait.until("the real date back", 30, () -> admin.get("/cases/" + id).json().get("overdue").asBoolean());
        assertNull(admin.get("/cases/" + id).json().get("decision"));
    }
}
