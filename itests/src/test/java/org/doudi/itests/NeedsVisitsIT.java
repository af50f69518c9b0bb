package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Needs assessment and visits in the assembled server (SPEC §7, §8): a hardship profile sets the visit cycle, a
 * visit moves the next due day, and a household past its due day is listed as overdue for its street and advisor.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NeedsVisitsIT extends DoudiTestSupport {

    private static String grades(String level) {
        return "{\"material\":\"" + level + "\",\"health\":\"" + level + "\",\"education\":\"" + level
                + "\",\"employment\":\"" + level + "\",\"socialSupport\":\"" + level + "\",\"childrenYouth\":\""
                + level + "\"}";
    }

    private static JsonNode dueOf(Http admin, String household, String query) {
        for (JsonNode d : admin.get("/visits/overdue?" + query).json()) {
            if (d.get("householdId").asText().equals(household)) {
                return d;
            }
        }
        return null;
    }

    @Test
    public void theHardshipLevelSetsTheVisitCycleAndOverdueVisitsAreListed() {
        Http admin = adminClient();
        String household = admin.post("/households", TestData.adults("xianxiaxincun", new BigDecimal("500.00"), null,
                TestData.idNumber(true))).json().get("id").asText();
        Http.Reply assessed = admin.post("/needs/assessments", "{\"householdId\":\"" + household
                + "\",\"assessedOn\":\"2024-09-20\",\"grades\":" + grades("HIGH") + ",\"note\":\"home visit\"}");
        assertEquals(assessed.body, 201, assessed.status);
        assertEquals(18, assessed.json().get("score").asInt());
        assertEquals("HIGH", assessed.json().get("level").asText());

        Http.Reply visited = admin.post("/visits", "{\"householdId\":\"" + household + "\",\"advisor\":\"li.advisor\","
                + "\"visitedOn\":\"2024-10-05\",\"findings\":\"bedridden, needs daily care\","
                + "\"services\":[\"DAILY_CARE\",\"HOSPITAL_ESCORT\"],\"followUp\":\"link a care service\"}");
        assertEquals(visited.body, 201, visited.status);
        // HIGH: monthly. Due 2024-11-05: not overdue that day, overdue the day after
        assertEquals(null, dueOf(admin, household, "street=xianxiaxincun&asOf=2024-11-05"));
        JsonNode due = dueOf(admin, household, "street=xianxiaxincun&advisor=li.advisor&asOf=2024-11-06");
        assertTrue("listed the day after its due day", due != null);
        assertEquals("2024-11-05", due.get("dueOn").asText());
        assertEquals(1, due.get("daysOverdue").asLong());
        assertEquals(null, dueOf(admin, household, "street=hongqiao&asOf=2024-11-06"));

        // reassessed LOW: half-yearly from the last visit, due 2025-04-05
        admin.post("/needs/assessments", "{\"householdId\":\"" + household + "\",\"assessedOn\":\"2024-10-20\","
                + "\"grades\":" + grades("LOW") + "}");
        assertEquals(null, dueOf(admin, household, "street=xianxiaxincun&asOf=2024-11-06"));
        assertEquals("2025-04-05", dueOf(admin, household, "street=xianxiaxincun&asOf=2025-04-06").get("dueOn").asText());
        assertEquals(2, admin.get("/needs/assessments?householdId=" + household).json().size());

        Http.Reply future = admin.post("/visits", "{\"householdId\":\"" + household + "\",\"advisor\":\"li.advisor\","
                + "\"visitedOn\":\"2999-01-01\",\"findings\":\"x\"}");
        assertEquals(future.body, 422, future.status);
        assertTrue(future.body, future.body.contains("visitedOn"));
    }
}
