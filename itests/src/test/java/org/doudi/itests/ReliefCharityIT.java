package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Temporary relief and charity linkage in the assembled server (SPEC §6, §7; issue 7): a small-amount grant at and
 * above the cap (G5), the duplicate rule and the follow-up review, a relief-station referral; a charity project with
 * one place, a referral that takes it (consent first), the outcome; and both program bundles uninstalled and
 * reinstalled on the running server without losing their records.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReliefCharityIT extends DoudiTestSupport {

    private static final String RELIEF = "/programs/temporary-relief";
    private static final String CHARITY = "/programs/charity";

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static List<String> programIds(Http admin) {
        List<String> ids = new ArrayList<>();
        admin.get("/programs").json().forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    private void withdraw(Http admin, String feature, String program, String probe) throws Exception {
        executeCommand("feature:uninstall " + feature);
        Wait.until(program + " withdrawn", 60, () -> !programIds(admin).contains(program));
        Http.Reply gone = admin.get(probe);
        assertEquals(gone.body, 404, gone.status);
    }

    private void restore(Http admin, String feature, String program, String probe) throws Exception {
        executeCommand("feature:install " + feature);
        Wait.until(program + " back", 60, () -> programIds(admin).contains(program));
        Wait.until(program + " endpoints back", 30, () -> admin.get(probe).status == 200);
    }

    @Test
    public void smallAmountReliefIsCappedPerPersonPaidOncePerEventReviewedAndSurvivesReinstalling() throws Exception {
        Http admin = adminClient();
        String household = admin.post("/households", TestData.adults("tianshanlu", null, null,
                TestData.idNumber(true), TestData.idNumber(false))).json().get("id").asText();
        String fire = today().minusDays(3).toString();

        // G5: two people, 500.00 each
        Http.Reply above = admin.post(RELIEF + "/small-grants", "{\"householdId\":\"" + household + "\","
                + "\"amount\":1000.01,\"eventType\":\"FIRE\",\"eventDate\":\"" + fire + "\","
                + "\"reason\":\"kitchen fire, verified on site\"}");
        assertEquals(above.body, 422, above.status);
        assertTrue(above.body, above.body.contains("amount") && above.body.contains("smallAmountCap")
                && above.body.contains("1,000.00"));
        Http.Reply granted = admin.post(RELIEF + "/small-grants", "{\"householdId\":\"" + household + "\","
                + "\"amount\":1000.00,\"eventType\":\"FIRE\",\"eventDate\":\"" + fire + "\","
                + "\"reason\":\"kitchen fire, verified on site\"}");
        assertEquals(granted.body, 201, granted.status);
        JsonNode grant = granted.json();
        String grantId = grant.get("id").asText();
        assertEquals(new BigDecimal("1000.00"), grant.get("amount").decimalValue());
        assertEquals("REVIEW_DUE", grant.get("status").asText());
        assertEquals(today().plusDays(30).toString(), grant.get("reviewDueOn").asText());

        // the same people, the same kind of event two days later: refused, naming the first grant
        Http.Reply again = admin.post(RELIEF + "/small-grants", "{\"householdId\":\"" + household + "\","
                + "\"amount\":200.00,\"eventType\":\"FIRE\",\"eventDate\":\"" + today().minusDays(1) + "\","
                + "\"reason\":\"second report\"}");
        assertEquals(again.body, 409, again.status);
        assertTrue(again.body, again.body.contains(grantId));
        Http.Reply illness = admin.post(RELIEF + "/small-grants", "{\"householdId\":\"" + household + "\","
                + "\"amount\":300.00,\"eventType\":\"ILLNESS\",\"eventDate\":\"" + today().minusDays(1) + "\","
                + "\"reason\":\"sudden illness of the head\"}");
        assertEquals(illness.body, 201, illness.status);

        // the follow-up review (民主评议), once
        String review = "{\"heldOn\":\"" + today() + "\",\"method\":\"DEMOCRATIC_APPRAISAL\",\"outcome\":\"CONFIRMED\","
                + "\"note\":\"representatives agreed\"}";
        Http.Reply reviewed = admin.post(RELIEF + "/small-grants/" + grantId + "/review", review);
        assertEquals(reviewed.body, 200, reviewed.status);
        assertEquals("REVIEWED", reviewed.json().get("status").asText());
        assertEquals(409, admin.post(RELIEF + "/small-grants/" + grantId + "/review", review).status);

        // a stranded person with Shanghai hukou of hongqiao goes to that street; one without, to the relief station
        JsonNode local = admin.post(RELIEF + "/station-referrals", "{\"name\":\"王某\",\"situation\":\"STRANDED\","
                + "\"foundAt\":\"中山公园地铁站\",\"foundOn\":\"" + today() + "\",\"hukouShanghai\":true,"
                + "\"hukouStreet\":\"hongqiao\",\"note\":\"wallet stolen\"}").json();
        assertEquals(local.toString(), "hongqiao", local.get("routedTo").asText());
        JsonNode away = admin.post(RELIEF + "/station-referrals", "{\"name\":\"李某\",\"situation\":\"HOMELESS\","
                + "\"foundAt\":\"天山路\",\"foundOn\":\"" + today() + "\",\"hukouShanghai\":false}").json();
        assertEquals(away.toString(), "district-relief-station", away.get("routedTo").asText());

        // one household, one plan
        Http.Reply plan = admin.put(RELIEF + "/plans/" + household, "{\"goal\":\"through the winter\",\"actions\":["
                + "{\"action\":\"apply for medical relief\",\"owner\":\"李\",\"due\":\"" + today().plusDays(10) + "\"}]}");
        assertEquals(plan.body, 201, plan.status);
        Http.Reply second = admin.put(RELIEF + "/plans/" + household, "{\"goal\":\"a second plan\",\"actions\":["
                + "{\"action\":\"find a job\",\"owner\":\"王\",\"due\":\"" + today().plusDays(20) + "\"}]}");
        assertEquals(second.body, 409, second.status);

        // the console's daily list reads the grants from the core, also with the bundle gone
        reinstallKeepsRelief(admin, grantId, household);
    }

    private void reinstallKeepsRelief(Http admin, String grantId, String household) throws Exception {
        String probe = RELIEF + "/small-grants/" + grantId;
        withdraw(admin, "doudi-program-temporary-relief", "temporary-relief", probe);
        String console = executeCommand("doudi:program-records --household " + household
                + " temporary-relief small-grant");
        assertTrue(console, console.contains(grantId) && console.contains("REVIEWED") && console.contains("1000.00"));
        restore(admin, "doudi-program-temporary-relief", "temporary-relief", probe);
        JsonNode back = admin.get(probe).json();
        assertEquals(new BigDecimal("1000.00"), back.get("amount").decimalValue());
        assertEquals("REVIEWED", back.get("status").asText());
        assertEquals(200, admin.get(RELIEF + "/plans/" + household).status);
        assertFalse(admin.get(RELIEF + "/small-grants?householdId=" + household).json().isEmpty());
    }

    @Test
    public void aCharityProjectTakesReferralsUpToItsCapacityWithConsentAndSurvivesReinstalling() throws Exception {
        Http admin = adminClient();
        String head = TestData.idNumber(true);
        String spouse = TestData.idNumber(false);
        String household = admin.post("/households", TestData.adults("tianshanlu", null, null, head, spouse)).json()
                .get("id").asText();
        String other = TestData.idNumber(true);
        String otherHousehold = admin.post("/households", TestData.adults("tianshanlu", null, null, other)).json()
                .get("id").asText();
        for (String h : List.of(household, otherHousehold)) {
            Http.Reply assessed = admin.post("/needs/assessments", "{\"householdId\":\"" + h + "\",\"assessedOn\":\""
                    + today().minusDays(5) + "\",\"grades\":{\"material\":\"MEDIUM\",\"health\":\"HIGH\","
                    + "\"education\":\"LOW\",\"employment\":\"LOW\",\"socialSupport\":\"LOW\",\"childrenYouth\":\"LOW\"}}");
            assertEquals(assessed.body, 201, assessed.status);
        }
        Http.Reply org = admin.post(CHARITY + "/organisations", "{\"name\":\"长宁区慈善基金会 " + System.nanoTime()
                + "\",\"registrationNumber\":\"53310105" + System.nanoTime() + "\",\"contact\":\"陈老师\"}");
        assertEquals(org.body, 201, org.status);
        String orgId = org.json().get("id").asText();
        Http.Reply project = admin.post(CHARITY + "/projects", "{\"organisationId\":\"" + orgId + "\",\"name\":\"暖心助医\","
                + "\"category\":\"MEDICAL\",\"street\":\"tianshanlu\",\"capacity\":1,\"budget\":5000.00,"
                + "\"validFrom\":\"" + today().minusDays(30) + "\",\"validTo\":\"" + today().plusDays(300) + "\","
                + "\"description\":\"住院自付费用补助\"}");
        assertEquals(project.body, 201, project.status);
        String projectId = project.json().get("id").asText();

        // the household's HIGH health need meets the medical project
        assertTrue(admin.get(CHARITY + "/matches?householdId=" + household).body.contains(projectId));

        // no referral without the household's consent
        String referral = "{\"householdId\":\"" + household + "\",\"projectId\":\"" + projectId + "\","
                + "\"dimension\":\"health\",\"amount\":1500.00,\"note\":\"住院自付\"}";
        Http.Reply refused = admin.post(CHARITY + "/referrals", referral);
        assertEquals(refused.body, 422, refused.status);
        assertTrue(refused.body, refused.body.contains("consent"));
        Http.Reply consent = admin.post(CHARITY + "/consents", "{\"householdId\":\"" + household + "\",\"idNumber\":\""
                + head + "\",\"organisationId\":\"" + orgId + "\",\"scope\":\"BOTH\",\"givenOn\":\""
                + today().minusDays(1) + "\",\"evidence\":\"signed form 2024-031\"}");
        assertEquals(consent.body, 201, consent.status);
        Http.Reply referred = admin.post(CHARITY + "/referrals", referral);
        assertEquals(referred.body, 201, referred.status);
        String referralId = referred.json().get("id").asText();
        assertEquals("REFERRED", referred.json().get("status").asText());
        JsonNode resource = admin.get("/resources/" + projectId).json();
        assertEquals(0, resource.get("remainingCapacity").asInt());
        assertEquals(new BigDecimal("3500.00"), resource.get("remainingBudget").decimalValue());

        // the one place is taken: the next household is refused, naming the capacity
        admin.post(CHARITY + "/consents", "{\"householdId\":\"" + otherHousehold + "\",\"idNumber\":\"" + other
                + "\",\"organisationId\":\"" + orgId + "\",\"scope\":\"REFERRAL\",\"givenOn\":\"" + today()
                + "\",\"evidence\":\"signed form 2024-032\"}");
        Http.Reply full = admin.post(CHARITY + "/referrals", "{\"householdId\":\"" + otherHousehold + "\","
                + "\"projectId\":\"" + projectId + "\",\"amount\":100.00}");
        assertEquals(full.body, 409, full.status);
        assertTrue(full.body, full.body.contains("capacity"));

        // the outcome, through the core's referral list
        Http.Reply delivered = admin.post("/referrals/" + referralId + "/outcome", "{\"status\":\"DELIVERED\","
                + "\"outcome\":\"hospital bill paid\",\"on\":\"" + today() + "\"}");
        assertEquals(delivered.body, 200, delivered.status);
        assertEquals("DELIVERED", delivered.json().get("status").asText());

        // the daily lists on the console
        String referrals = executeCommand("doudi:referral-list --household " + household);
        assertTrue(referrals, referrals.contains(referralId) && referrals.contains("DELIVERED")
                && referrals.contains("1500.00"));
        String needs = executeCommand("doudi:needs-list --street tianshanlu --level MEDIUM --size 500");
        assertTrue(needs, needs.contains(household));
        String resources = executeCommand("doudi:resource-list --kind CHARITY_PROJECT --street tianshanlu");
        assertTrue(resources, resources.contains(projectId) && resources.contains("0 of 1"));

        // the export to the charity: the head consented, the spouse did not
        Http.Reply export = admin.getAccepting(CHARITY + "/exports?organisationId=" + orgId + "&street=tianshanlu",
                "text/csv");
        assertEquals(export.body, 200, export.status);
        assertTrue(export.body, export.body.contains(head));
        assertFalse(export.body, export.body.contains(spouse));
        assertTrue(Integer.parseInt(export.header("X-Doudi-Withheld-Without-Consent")) >= 1);

        String probe = CHARITY + "/organisations/" + orgId;
        withdraw(admin, "doudi-program-charity", "charity", probe);
        restore(admin, "doudi-program-charity", "charity", probe);
        assertTrue(admin.get(CHARITY + "/consents?householdId=" + household).body.contains(orgId));
        assertTrue(admin.get(CHARITY + "/referrals?householdId=" + household).body.contains(referralId));
        assertEquals("DELIVERED", admin.get("/referrals/" + referralId).json().get("status").asText());
    }
}
