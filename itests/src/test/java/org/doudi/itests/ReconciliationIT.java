package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Fund reconciliation in the assembled server over HTTP (SPEC §9): households and their enrolments imported, a
 * month with a discrepancy of every kind planted in the fund platform's export, each found once with the figures
 * per street to the fen (counted against a reconciliation run before the data existed, so other data does not
 * matter), a rerun giving the same result, masking per role, a street operator's own street, a resolution recorded
 * and audited, and the console command.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReconciliationIT extends DoudiTestSupport {
    static final String FUND_HEADER = "idNumber,program,month,amount,account,status\n";
    static final String PW = "Secret-pass-2024";
    static final String ADDRESS = "长宁区天山路 300 弄 3 号";

    private final Map<String, String> households = new HashMap<>();

    private static Http.Reply csv(Http client, String path, String body) {
        return client.send("POST", path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String account(int n) {
        return String.format("62220210011%08d", n);
    }

    private String importRow(String ref, String street, String idNumber, String relation, String amount, int account) {
        return ref + "," + street + "," + ADDRESS + "," + ADDRESS + "," + idNumber + ",王" + ref.charAt(ref.length() - 1)
                + "," + relation + ",true,,,,," + (amount == null ? ",,," : "dibao,2024-01-01," + amount + ","
                + account(account)) + "\n";
    }

    @Test
    public void aMonthWithEveryKindOfDiscrepancyIsReconciledOverHttp() throws Exception {
        Http admin = adminClient();
        JsonNode before = created(csv(admin, "/reconciliations?month=2024-10&fileName=empty.csv", FUND_HEADER));

        String run = "IT-R" + System.nanoTime();
        String[] ids = new String[9];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = TestData.idNumber(i % 2 == 0);
        }
        String spouse = TestData.idNumber(false);
        String unknown = TestData.idNumber(true);
        String file = MonitoringIT.HEADER
                + importRow(run + "-A", "tianshanlu", ids[0], "HEAD", "1330.00", 1)
                + importRow(run + "-B", "tianshanlu", ids[1], "HEAD", "1590.00", 2)
                + importRow(run + "-C", "hongqiao", ids[2], "HEAD", "800.00", 3)
                + importRow(run + "-D", "hongqiao", ids[3], "HEAD", "500.00", 4)
                + importRow(run + "-E", "tianshanlu", ids[4], "HEAD", "1000.00", 5)
                + importRow(run + "-E", "tianshanlu", spouse, "SPOUSE", null, 0)
                + importRow(run + "-F", "tianshanlu", ids[5], "HEAD", "1330.00", 6)
                + importRow(run + "-G", "hongqiao", ids[6], "HEAD", "420.00", 7)
                + importRow(run + "-H", "hongqiao", ids[7], "HEAD", "330.00", 8);
        JsonNode job = finished(admin, accepted(csv(admin, "/imports/households", file)));
        assertEquals(job.toString(), 8, job.get("counts").get("enrolments").asLong());
        for (int i = 0; i < 8; i++) {
            households.put("ABCDEFGH".substring(i, i + 1), householdOf(admin, ids[i]));
        }
        changeStatus(admin, "C", "{\"status\":\"SUSPENDED\",\"reason\":\"PENDING_VERIFICATION\",\"on\":\"2024-09-20\"}");
        changeStatus(admin, "D", "{\"status\":\"TERMINATED\",\"reason\":\"INELIGIBLE\",\"on\":\"2024-09-01\"}");
        JsonNode e = admin.get("/households/" + households.get("E")).json();
        String spousePerson = e.get("members").get(1).get("personId").asText();
        assertEquals(200, admin.post("/households/" + households.get("E") + "/members/" + spousePerson + "/end",
                "{\"endedOn\":\"2024-09-10\",\"endReason\":\"DECEASED\",\"reason\":\"死亡证明\"}").status);

        String fund = FUND_HEADER
                + ids[0] + ",dibao,2024-10,1330.00," + account(1) + ",PAID\n"
                + ids[1] + ",dibao,2024-10,1500.00," + account(2) + ",PAID\n"
                + ids[2] + ",dibao,2024-10,800.00," + account(3) + ",PAID\n"
                + ids[3] + ",dibao,2024-10,500.00," + account(4) + ",PAID\n"
                + spouse + ",dibao,2024-10,1000.00," + account(5) + ",PAID\n"
                + ids[5] + ",dibao,2024-10,1330.00," + account(6) + ",PAID\n"
                + ids[5] + ",dibao,2024-10,1330.00," + account(6) + ",PAID\n"
                + ids[6] + ",dibao,2024-10,420.00," + account(99) + ",PAID\n"
                + ids[7] + ",dibao,2024-10,330.00," + account(8) + ",RETURNED\n"
                + unknown + ",dibao,2024-10,1330.00," + account(10) + ",PAID\n"
                + ids[0] + ",dibao,2024-09,1330.00," + account(1) + ",PAID\n";
        Http.Reply posted = csv(admin, "/reconciliations?month=2024-10&fileName=fund-2024-10.csv&reason=monthly", fund);
        JsonNode r = created(posted);
        String id = r.get("id").asText();
        assertTrue(posted.header("Location"), posted.header("Location").endsWith("/api/reconciliations/" + id));
        assertEquals(11, r.get("rows").asLong());
        assertEquals(1, r.get("rowErrors").asLong());
        JsonNode error = r.get("errors").get(0);
        assertEquals(12, error.get("line").asLong());
        assertEquals("month", error.get("field").asText());

        // every planted discrepancy once, and nothing else about these households
        Map<String, String> found = new TreeMap<>();
        for (JsonNode m : all(admin, id)) {
            String who = m.hasNonNull("householdId") ? m.get("householdId").asText() : m.path("idNumber").asText();
            String label = households.entrySet().stream().filter(x -> x.getValue().equals(who)).map(Map.Entry::getKey)
                    .findFirst().orElse(who.equals(unknown) ? "I" : who.equals(ids[0]) ? "A" : null);
            if (label != null) {
                assertEquals("once: " + m, null, found.put(label + " " + m.get("kind").asText(),
                        m.get("amount").decimalValue().toPlainString()));
            }
        }
        Map<String, String> expected = new TreeMap<>(Map.of("B AMOUNT_DIFFERS", "-90.00", "C PAID_WHILE_SUSPENDED",
                "800.00", "D PAID_WHILE_TERMINATED", "500.00", "E PAID_TO_DECEASED", "1000.00", "F PAID_TWICE",
                "1330.00", "G ACCOUNT_DIFFERS", "420.00", "H ON_ROLL_NOT_PAID", "330.00", "I PAID_NOT_ON_ROLL",
                "1330.00"));
        expected.put("A UNREADABLE_ROW", "1330.00"); // the PAID row of another month: its money is not lost
        assertEquals(expected, found);

        // the figures: what this data added to the month, to the fen
        JsonNode full = admin.get("/reconciliations/" + id).json();
        assertDelta(total(before, null), total(full, null), 6, "6000.00", 10, "10870.00");
        assertDelta(total(before, "tianshanlu"), total(full, "tianshanlu"), 4, "5250.00", 5, "6490.00");
        assertDelta(total(before, "hongqiao"), total(full, "hongqiao"), 2, "750.00", 3, "1720.00");
        assertEquals(kind(total(before, null), "ON_ROLL_NOT_PAID") + 1, kind(total(full, null), "ON_ROLL_NOT_PAID"));
        for (String k : List.of("AMOUNT_DIFFERS", "PAID_WHILE_SUSPENDED", "PAID_WHILE_TERMINATED", "PAID_TO_DECEASED",
                "PAID_TWICE", "ACCOUNT_DIFFERS", "PAID_NOT_ON_ROLL", "UNREADABLE_ROW")) {
            assertEquals(k, 1, kind(total(full, null), k));
        }
        assertEquals("2660.00", total(full, "(not registered)").get("paidAmount").decimalValue().toPlainString());
        assertEquals(9, total(full, null).get("erroneousPayments").asLong()
                - total(before, null).get("erroneousPayments").asLong());
        assertEquals("90.00", total(full, null).get("underpaidAmount").decimalValue().toPlainString());
        assertEquals("0.00", total(full, null).get("overpaidAmount").decimalValue().toPlainString());

        // a rerun of the same file: a new reconciliation with the same content
        JsonNode again = created(csv(admin, "/reconciliations?month=2024-10&fileName=fund-2024-10.csv", fund));
        assertNotEquals(id, again.get("id").asText());
        assertEquals(full.get("fileSha256"), again.get("fileSha256"));
        assertEquals(full.get("total"), again.get("total"));
        assertEquals(full.get("byStreet"), again.get("byStreet"));
        assertEquals(withoutIds(all(admin, id)), withoutIds(all(admin, again.get("id").asText())));

        // roles: the auditor reads masked; a street operator sees its own street; neither runs one
        assertTrue(executeCommand("doudi:user-add --role auditor rita " + PW).contains("created"));
        assertTrue(executeCommand("doudi:user-add --role street-operator --street hongqiao hong " + PW)
                .contains("created"));
        Http auditor = admin.as("rita", PW);
        String asAuditor = auditor.get("/reconciliations/" + id + "/mismatches?kind=AMOUNT_DIFFERS&size=500").body;
        assertFalse(asAuditor, asAuditor.contains(ids[1]));
        assertFalse(asAuditor, asAuditor.contains(account(2)));
        assertTrue(asAuditor, asAuditor.contains("****"));
        assertEquals(403, csv(auditor, "/reconciliations?month=2024-10", fund).status);
        Http street = admin.as("hong", PW);
        JsonNode mine = street.get("/reconciliations/" + id + "/mismatches?size=500").json();
        assertTrue(mine.get("total").asLong() >= 4);
        mine.get("items").forEach(m -> assertEquals("hongqiao", m.get("street").asText()));
        assertEquals(0, street.get("/reconciliations/" + id + "/mismatches?street=tianshanlu").json().get("total")
                .asLong());
        JsonNode summary = street.get("/reconciliations/" + id).json();
        assertEquals("hongqiao", summary.get("total").get("key").asText());
        assertFalse(summary.has("byProgram"));
        assertFalse(summary.toString(), summary.has("rows") || summary.has("rowErrors") || summary.has("fileName"));
        assertEquals(403, street.post("/reconciliations/" + id + "/mismatches/1/resolution",
                "{\"kind\":\"EXPLAINED\",\"note\":\"x\"}").status);

        // a resolution: who, when, how, once, audited
        JsonNode twice = admin.get("/reconciliations/" + id + "/mismatches?kind=PAID_TWICE&size=500").json();
        int n = -1;
        for (JsonNode m : twice.get("items")) {
            if (households.get("F").equals(m.get("householdId").asText())) {
                n = m.get("no").asInt();
            }
        }
        String path = "/reconciliations/" + id + "/mismatches/" + n + "/resolution";
        JsonNode settled = admin.post(path, "{\"kind\":\"RECOVERED\",\"note\":\"重复发放 1330.00 已追回\"}").json();
        assertEquals("RECOVERED", settled.get("resolution").get("kind").asText());
        assertEquals("admin", settled.get("resolution").get("resolvedBy").asText());
        assertEquals(409, admin.post(path, "{\"kind\":\"EXPLAINED\",\"note\":\"again\"}").status);
        assertEquals(422, admin.post("/reconciliations/" + id + "/mismatches/1/resolution", "{\"kind\":\"RECOVERED\"}")
                .status);
        JsonNode audit = auditor.get("/audit?entityId=" + id + "&size=50").json();
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(a -> actions.add(a.get("action").asText()));
        assertTrue(actions.toString(), actions.contains("RECONCILIATION_RUN"));
        assertTrue(actions.toString(), actions.contains("RECONCILIATION_MISMATCH_RESOLVED"));

        // bad requests answer 4xx naming the field; nothing is stored
        long stored = admin.get("/reconciliations?month=2024-10").json().get("total").asLong();
        assertField(csv(admin, "/reconciliations", fund), "month");
        assertField(csv(admin, "/reconciliations?month=2024-10", "idNumber,program,month,amount\n"), "(header)");
        assertField(csv(admin, "/reconciliations?month=2999-01", fund), "month");
        assertEquals(stored, admin.get("/reconciliations?month=2024-10").json().get("total").asLong());
        assertEquals(404, admin.get("/reconciliations/no-such-id").status);

        // the console
        Path onServer = Files.createTempFile("fund-2024-10", ".csv");
        Files.writeString(onServer, fund);
        String out = executeCommand("doudi:reconcile 2024-10 " + onServer);
        assertTrue(out, out.contains("Reconciliation "));
        assertTrue(out, out.contains("street hongqiao"));
        assertTrue(out, out.contains("PAID_TWICE"));
        assertTrue(out, out.contains("line 12: month"));
        String help = executeCommand("doudi:reconcile --help");
        assertTrue(help, help.contains("DESCRIPTION") && help.contains("--reason"));
    }

    private static JsonNode finished(Http admin, String jobId) {
        JsonNode[] job = new JsonNode[1];
        Wait.until("job " + jobId + " to finish", 120, () -> {
            job[0] = admin.get("/jobs/" + jobId).json();
            return job[0].get("state").asText().matches("SUCCEEDED|FAILED|CANCELLED");
        });
        assertEquals(job[0].toString(), "SUCCEEDED", job[0].get("state").asText());
        return job[0];
    }

    private static String accepted(Http.Reply r) {
        assertEquals(r.body, 202, r.status);
        return r.json().get("jobId").asText();
    }

    private static JsonNode created(Http.Reply r) {
        assertEquals(r.body, 201, r.status);
        return r.json();
    }

    private static void assertField(Http.Reply r, String field) {
        assertEquals(r.body, 422, r.status);
        assertEquals(r.body, field, r.json().get("errors").get(0).get("field").asText());
    }

    private void changeStatus(Http admin, String household, String body) {
        JsonNode enrolment = admin.get("/enrolments?householdId=" + households.get(household)).json().get("items").get(0);
        Http.Reply r = admin.post("/enrolments/" + enrolment.get("id").asText() + "/status", body);
        assertEquals(r.body, 200, r.status);
    }

    private static String householdOf(Http admin, String idNumber) {
        JsonNode found = admin.post("/households/search", "{\"idNumber\":\"" + idNumber + "\"}").json();
        assertEquals(1, found.get("total").asInt());
        return found.get("items").get(0).get("id").asText();
    }

    private static List<JsonNode> all(Http client, String id) {
        List<JsonNode> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = client.get("/reconciliations/" + id + "/mismatches?size=500&page=" + page).json();
            p.get("items").forEach(out::add);
            if (out.size() >= p.get("total").asLong() || p.get("items").size() == 0) {
                return out;
            }
        }
    }

    private static List<JsonNode> withoutIds(List<JsonNode> mismatches) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode m : mismatches) {
            ObjectNode copy = m.deepCopy();
            copy.remove("reconciliationId");
            out.add(copy);
        }
        return out;
    }

    /** The district's figures (street null) or a street's; zeros when the street has none. */
    private static JsonNode total(JsonNode reconciliation, String street) {
        if (street == null) {
            return reconciliation.get("total");
        }
        JsonNode streets = reconciliation.get("byStreet");
        if (streets != null) {
            for (JsonNode t : streets) {
                if (t.get("key").asText().equals(street)) {
                    return t;
                }
            }
        }
        return Http.JSON.createObjectNode().put("key", street).put("rollCount", 0).put("rollAmount", 0)
                .put("paidCount", 0).put("paidAmount", 0).set("mismatches", Http.JSON.createArrayNode());
    }

    private static long kind(JsonNode total, String kind) {
        for (JsonNode k : total.get("mismatches")) {
            if (k.get("kind").asText().equals(kind)) {
                return k.get("count").asLong();
            }
        }
        return 0;
    }

    private static void assertDelta(JsonNode before, JsonNode after, long roll, String rollAmount, long paid,
            String paidAmount) {
        String key = after.get("key").asText();
        assertEquals(key, roll, after.get("rollCount").asLong() - before.get("rollCount").asLong());
        assertEquals(key, new BigDecimal(rollAmount), after.get("rollAmount").decimalValue()
                .subtract(before.get("rollAmount").decimalValue()).setScale(2));
        assertEquals(key, paid, after.get("paidCount").asLong() - before.get("paidCount").asLong());
        assertEquals(key, new BigDecimal(paidAmount), after.get("paidAmount").decimalValue()
                .subtract(before.get("paidAmount").decimalValue()).setScale(2));
    }
}
