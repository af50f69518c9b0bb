package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The DCI registry APIs v1.0.0 over HTTP (black box, the distribution run as a process): envelopes built as a
 * partner builds them, every answer and every callback validated against the pinned OpenAPI documents
 * ({@code ../shared/dci}); callbacks collected by a small HTTP receiver in the test JVM.
 */
public class DciIT {
    private static final String SYNC_SEARCH = "/registry/sync/search";
    private static final String SEARCH = "/registry/search";
    private static final String SYNC_STATUS = "/registry/sync/txn/status";
    private static final String PARTNER = "dci-partner";
    private static final String PARTNER_PW = "Partner-pw-" + System.nanoTime();
    private static final String AUDITOR = "dci-auditor";
    private static final String AUDITOR_PW = "Auditor-pw-" + System.nanoTime();
    private static DistributionProcess server;
    private static Http admin;
    private static DciSchemas schemas;
    private static DciReceiver receiver;

    @BeforeClass
    public static void start() throws Exception {
        schemas = DciSchemas.load(Paths.get(System.getProperty("doudi.dci.specs", "../../shared/dci")));
        receiver = new DciReceiver();
        server = new DistributionProcess("dci-it").install();
        // callbacks go to the receiver on the loopback address over http: allowed for the test's accounts only
        String origin = receiver.uri("");
        Files.writeString(server.home().resolve("etc/org.doudi.dci.cfg"), "callbackOrigins = admin:" + origin + ", "
                + PARTNER + ":" + origin + ", " + AUDITOR + ":" + origin + "\nallowPrivateCallbacks = true\n"
                + "requireHttps = false\n", StandardCharsets.UTF_8);
        server.start();
        admin = server.admin();
        System.setProperty("doudi.test.sshPort", String.valueOf(server.sshPort()));
        String out = Ssh.run("admin", server.password, "doudi:user-add --role partner " + PARTNER + " " + PARTNER_PW);
        assertTrue(out, out.contains("created"));
        out = Ssh.run("admin", server.password, "doudi:user-add --role auditor " + AUDITOR + " " + AUDITOR_PW);
        assertTrue(out, out.contains("created"));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (receiver != null) {
            receiver.close();
        }
        if (server != null) {
            server.stopQuietly();
        }
    }

    private static Http.Reply dci(String path, ObjectNode envelope) {
        return admin.post("/dci" + path, envelope.toString());
    }

    private static String household(String head, String spouse, String child) {
        Http.Reply created = admin.post("/households", TestData.g1Household("tianshanlu", head, spouse, child));
        assertEquals(created.body, 201, created.status);
        return created.json().get("id").asText();
    }

    @Test
    public void syncSearchAnswersByIdNumberHouseholdIdAndPredicateWithPagination() {
        String head = TestData.idNumber(true);
        String spouse = TestData.idNumber(false);
        String id = household(head, spouse, TestData.childIdNumber());
        String txn = DciEnvelopes.id();
        ObjectNode request = DciEnvelopes.envelope("search", null, DciEnvelopes.search(txn,
                DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("UIN", spouse), null, 10, 1),
                DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("HOUSEHOLD_ID", id), "Member", 2, 2),
                DciEnvelopes.criteria("predicate", Http.JSON.createArrayNode().add(DciEnvelopes.predicate("NIN",
                        "eq", head)), "Member", 5, 1)), 3);
        // the social-registry document's own request schema has an unresolvable $ref (predicate values), so requests
        // are checked against the registry-core document's identical envelope
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request(SYNC_SEARCH), request);

        Http.Reply reply = dci(SYNC_SEARCH, request);
        assertEquals(reply.body, 200, reply.status);
        JsonNode body = reply.json();
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), body);
        assertEquals("on-search", body.at("/header/action").asText());
        assertEquals("succ", body.at("/header/status").asText());
        assertEquals(request.at("/header/message_id").asText(), body.at("/header/meta/in_reply_to").asText());
        assertEquals(txn, body.at("/message/transaction_id").asText());
        JsonNode byUin = body.at("/message/search_response/0");
        assertEquals("succ", byUin.get("status").asText());
        assertEquals(1, byUin.at("/pagination/total_count").asInt());
        JsonNode group = byUin.at("/data/reg_records/0");
        assertEquals("Group", group.get("@type").asText());
        assertEquals(id, group.at("/group_identifier/0/identifier_value").asText());
        assertEquals(3, group.get("member_list").size());
        assertTrue("an administrator sees full ID numbers", group.toString().contains(spouse));

        JsonNode page2 = body.at("/message/search_response/1");
        assertEquals(3, page2.at("/pagination/total_count").asInt());
        assertEquals(2, page2.at("/pagination/page_number").asInt());
        assertEquals("the second page of two holds the third member", 1, page2.at("/data/reg_records").size());
        JsonNode byPredicate = body.at("/message/search_response/2/data/reg_records");
        assertEquals(1, byPredicate.size());
        assertEquals(head, byPredicate.at("/0/demographic_info/identifier/0/identifier_value").asText());
        assertEquals("male", byPredicate.at("/0/demographic_info/sex").asText());

        // an expression (NoSql style) over the household's street and the age of its members
        ObjectNode expression = Http.JSON.createObjectNode().put("type", "ns:org:QueryType:NoSql");
        ObjectNode query = expression.putObject("value").putObject("expression").put("collection", "Group")
                .putObject("query");
        query.putArray("$and").add(Http.JSON.createObjectNode().set("household_id",
                Http.JSON.createObjectNode().put("$eq", id))).add(Http.JSON.createObjectNode().set("age",
                Http.JSON.createObjectNode().put("$lt", 18)));
        JsonNode byExpression = dci(SYNC_SEARCH, DciEnvelopes.envelope("search", null, DciEnvelopes.search(
                DciEnvelopes.id(), DciEnvelopes.criteria("expression", expression, null, 10, 1)), 1)).json();
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), byExpression);
        assertEquals(1, byExpression.at("/message/search_response/0/pagination/total_count").asInt());
    }

    @Test
    public void aPartnerSeesMaskedIdNumbersAndSearchesByIdentifierOnly() {
        String head = TestData.idNumber(true);
        String id = household(head, TestData.idNumber(false), TestData.childIdNumber());
        Http partner = admin.as(PARTNER, PARTNER_PW);
        ObjectNode byUin = DciEnvelopes.envelope("search", null, DciEnvelopes.search(DciEnvelopes.id(),
                DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("UIN", head), null, 10, 1),
                DciEnvelopes.criteria("predicate", Http.JSON.createArrayNode().add(DciEnvelopes.predicate("street",
                        "eq", "tianshanlu")), null, 10, 1)), 2);
        Http.Reply reply = partner.post("/dci" + SYNC_SEARCH, byUin.toString());
        assertEquals(reply.body, 200, reply.status);
        JsonNode body = reply.json();
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), body);
        JsonNode group = body.at("/message/search_response/0/data/reg_records/0");
        assertEquals(id, group.at("/group_identifier/0/identifier_value").asText());
        assertFalse("a partner never sees a full ID number", group.toString().contains(head));
        assertTrue(group.at("/group_head_info/demographic_info/identifier/0/identifier_value").asText()
                .contains("*"));
        assertFalse("no disability data for a partner", group.toString().contains("is_disabled"));
        assertFalse("no programme enrolments for a partner", group.toString().contains("programmes"));
        JsonNode asAdmin = dci(SYNC_SEARCH, DciEnvelopes.envelope("search", null, DciEnvelopes.search(DciEnvelopes.id(),
                DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("UIN", head), null, 10, 1)), 1)).json();
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), asAdmin);
        assertTrue("staff see the programmes", asAdmin.at("/message/search_response/0/data/reg_records/0")
                .toString().contains("programmes"));
        assertEquals("rjct.search_criteria.invalid", body.at("/message/search_response/1/status_reason_code")
                .asText());
        JsonNode audit = admin.get("/audit?entityId=" + id + "&action=HOUSEHOLD_READ").json();
        assertTrue("the partner's read is in the audit trail: " + audit, audit.toString().contains(PARTNER));
        assertEquals("no credentials, no answer", 401, admin.anonymous().post("/dci" + SYNC_SEARCH,
                byUin.toString()).status);
    }

    @Test
    public void aCallerSeeingMaskedIdNumbersCannotNarrowThemDown() {
        String head = TestData.idNumber(true);
        household(head, TestData.idNumber(false), TestData.childIdNumber());
        Http auditor = admin.as(AUDITOR, AUDITOR_PW);
        ObjectNode request = DciEnvelopes.envelope("search", null, DciEnvelopes.search(DciEnvelopes.id(),
                DciEnvelopes.criteria("predicate", Http.JSON.createArrayNode().add(DciEnvelopes.predicate("UIN",
                        "ge", head.substring(0, 6))), null, 10, 1),
                DciEnvelopes.criteria("predicate", Http.JSON.createArrayNode().add(DciEnvelopes.predicate("UIN",
                        "eq", head)), null, 10, 1)), 2);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request(SYNC_SEARCH), request);
        Http.Reply reply = auditor.post("/dci" + SYNC_SEARCH, request.toString());
        assertEquals(reply.body, 200, reply.status);
        JsonNode body = reply.json();
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), body);
        JsonNode range = body.at("/message/search_response/0");
        assertEquals("rjct", range.get("status").asText());
        assertEquals("rjct.search_criteria.invalid", range.get("status_reason_code").asText());
        JsonNode exact = body.at("/message/search_response/1");
        assertEquals("succ", exact.get("status").asText());
        assertEquals(1, exact.at("/pagination/total_count").asInt());
        assertFalse("masked", exact.toString().contains(head));
    }

    @Test
    public void callbacksGoOnlyToTheCallersRegisteredOrigins() {
        String elsewhere = "http://127.0.0.1:1/partner/registry/on-search";
        ObjectNode search = DciEnvelopes.envelope("search", elsewhere, DciEnvelopes.search(DciEnvelopes.id(),
                DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("UIN", TestData.idNumber(true)),
                        null, 10, 1)), 1);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request(SEARCH), search);
        Http.Reply refused = dci(SEARCH, search);
        assertEquals(refused.body, 400, refused.status);
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.ACK, refused.json());
        assertEquals("ERR", refused.json().at("/message/ack_status").asText());
        assertEquals("err.sender_uri.invalid", refused.json().at("/message/error/code").asText());
        assertTrue(refused.body, refused.json().at("/message/error/message").asText().contains("not registered"));

        // a subscription's notify_uri as well, though its sender_uri is registered
        ObjectNode subscribe = DciEnvelopes.envelope("subscribe", receiver.uri("/partner/registry/on-subscribe"),
                DciEnvelopes.subscribe(DciEnvelopes.id(), "REGISTER", DciEnvelopes.idTypeValue("HOUSEHOLD_ID", "h"),
                        "Group"), 1);
        ((ObjectNode) subscribe.get("header")).putObject("meta").put("notify_uri", "http://127.0.0.1:1/notify");
        Http.Reply notifyElsewhere = dci("/registry/subscribe", subscribe);
        assertEquals(notifyElsewhere.body, 400, notifyElsewhere.status);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.ACK, notifyElsewhere.json());
        assertEquals("err.sender_uri.invalid", notifyElsewhere.json().at("/message/error/code").asText());
    }

    @Test
    public void asyncSearchAcknowledgesThenPostsOnSearchAndItsStatusIsKept() {
        String head = TestData.idNumber(true);
        String id = household(head, TestData.idNumber(false), TestData.childIdNumber());
        String txn = DciEnvelopes.id();
        ObjectNode request = DciEnvelopes.envelope("search", receiver.uri("/partner/registry/on-search"),
                DciEnvelopes.search(txn, DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("UIN", head),
                        "Group", 10, 1)), 1);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request(SEARCH), request);
        Http.Reply ack = dci(SEARCH, request);
        assertEquals(ack.body, 200, ack.status);
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.ACK, ack.json());
        assertEquals("ACK", ack.json().at("/message/ack_status").asText());
        String correlation = ack.json().at("/message/correlation_id").asText();

        DciReceiver.Call onSearch = receiver.await("on-search of " + txn, c -> c.path.endsWith("/on-search")
                && txn.equals(c.body.at("/message/transaction_id").asText()));
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.request("/registry/on-search"), onSearch.body);
        assertEquals("on-search", onSearch.body.at("/header/action").asText());
        assertEquals(correlation, onSearch.body.at("/message/correlation_id").asText());
        assertEquals(id, onSearch.body.at("/message/search_response/0/data/reg_records/0/group_identifier/0"
                + "/identifier_value").asText());

        for (String[] by : new String[][] {{"correlation_id", correlation}, {"transaction_id", txn}}) {
            ObjectNode status = DciEnvelopes.envelope("txn-status", null, DciEnvelopes.txnStatus(DciEnvelopes.id(),
                    "search", by[0], Http.JSON.getNodeFactory().textNode(by[1])), 1);
            Http.Reply answer = dci(SYNC_STATUS, status);
            assertEquals(answer.body, 200, answer.status);
            schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_STATUS), answer.json());
            assertEquals("txn-on-status", answer.json().at("/header/action").asText());
            assertEquals("succ", answer.json().at("/message/txnstatus_response/txn_status/search_response/0/status")
                    .asText());
        }
        // the asynchronous form: ACK, then the same answer POSTed to the sender
        ObjectNode asyncStatus = DciEnvelopes.envelope("txn-status", receiver.uri("/partner/registry/txn/on-status"),
                DciEnvelopes.txnStatus(DciEnvelopes.id(), "search", "reference_id_list",
                        Http.JSON.createArrayNode().add(txn + "-1")), 1);
        Http.Reply statusAck = dci("/registry/txn/status", asyncStatus);
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.ACK, statusAck.json());
        assertEquals("ACK", statusAck.json().at("/message/ack_status").asText());
        String statusTxn = asyncStatus.at("/message/transaction_id").asText();
        DciReceiver.Call onStatus = receiver.await("txn on-status", c -> c.path.endsWith("/txn/on-status")
                && statusTxn.equals(c.body.at("/message/transaction_id").asText()));
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.request("/registry/txn/on-status"), onStatus.body);
        assertEquals(correlation, onStatus.body.at("/message/correlation_id").asText());

        ObjectNode unknown = DciEnvelopes.envelope("txn-status", null, DciEnvelopes.txnStatus(DciEnvelopes.id(),
                "search", "transaction_id", Http.JSON.getNodeFactory().textNode("no-such-" + txn)), 1);
        Http.Reply none = dci(SYNC_STATUS, unknown);
        assertEquals(none.body, 404, none.status);
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_STATUS), none.json());
        assertEquals("rjct", none.json().at("/header/status").asText());
    }

    @Test
    public void malformedEnvelopesAreAnsweredWithTheSpecsErrorCodes() {
        Http.Reply notJson = admin.post("/dci" + SEARCH, "{not json");
        assertEquals(400, notJson.status);
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.ACK, notJson.json());
        assertEquals("ERR", notJson.json().at("/message/ack_status").asText());
        assertEquals("err.request.bad", notJson.json().at("/message/error/code").asText());

        ObjectNode noSender = DciEnvelopes.envelope("search", null, DciEnvelopes.search(DciEnvelopes.id(),
                DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("UIN", "x"), null, 1, 1)), 1);
        Http.Reply async = dci(SEARCH, noSender);
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.ACK, async.json());
        assertEquals("err.sender_uri.invalid", async.json().at("/message/error/code").asText());
        ObjectNode fileUri = noSender.deepCopy();
        ((ObjectNode) fileUri.get("header")).put("sender_uri", "file:///etc/passwd").put("message_id",
                DciEnvelopes.id());
        assertEquals("err.sender_uri.invalid", dci(SEARCH, fileUri).json().at("/message/error/code").asText());

        Http.Reply syncBad = admin.post("/dci" + SYNC_SEARCH, "[]");
        assertEquals(400, syncBad.status);
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), syncBad.json());
        assertEquals("rjct", syncBad.json().at("/header/status").asText());

        ObjectNode wrongAction = noSender.deepCopy();
        ((ObjectNode) wrongAction.get("header")).put("action", "subscribe").put("message_id", DciEnvelopes.id());
        JsonNode action = dci(SYNC_SEARCH, wrongAction).json();
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), action);
        assertEquals("rjct.action.not_supported", action.at("/header/status_reason_code").asText());

        ObjectNode badTs = noSender.deepCopy();
        ((ObjectNode) badTs.get("header")).put("message_ts", "yesterday").put("message_id", DciEnvelopes.id());
        assertEquals("rjct.message_ts.invalid", dci(SYNC_SEARCH, badTs).json().at("/header/status_reason_code")
                .asText());
        ObjectNode badVersion = noSender.deepCopy();
        ((ObjectNode) badVersion.get("header")).put("version", "0.9").put("message_id", DciEnvelopes.id());
        assertEquals("rjct.version.invalid", dci(SYNC_SEARCH, badVersion).json().at("/header/status_reason_code")
                .asText());

        ObjectNode once = noSender.deepCopy();
        ((ObjectNode) once.get("header")).put("message_id", DciEnvelopes.id());
        assertEquals(200, dci(SYNC_SEARCH, once).status);
        JsonNode twice = dci(SYNC_SEARCH, once).json();
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), twice);
        assertEquals("rjct.message_id.duplicate", twice.at("/header/status_reason_code").asText());

        // a bad item is rejected on its own; the batch is answered
        ObjectNode mixed = DciEnvelopes.envelope("search", null, DciEnvelopes.search(DciEnvelopes.id(),
                DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("PASSPORT", "x"), null, 1, 1),
                DciEnvelopes.criteria("predicate", Http.JSON.createArrayNode().add(DciEnvelopes.predicate(
                        "income", "gt", 1)), null, 1, 1),
                DciEnvelopes.criteria("idtype-value", DciEnvelopes.idTypeValue("UIN", "x"), null, 500, 1)), 3);
        JsonNode items = dci(SYNC_SEARCH, mixed).json();
        schemas.assertValid(DciSchemas.SOCIAL, DciSchemas.response(SYNC_SEARCH), items);
        assertEquals("rjct.search_criteria.invalid", items.at("/message/search_response/0/status_reason_code")
                .asText());
        assertEquals("rjct.search_criteria.invalid", items.at("/message/search_response/1/status_reason_code")
                .asText());
        assertEquals("rjct.pagination.invalid", items.at("/message/search_response/2/status_reason_code").asText());

        // the validator is not blind: an ERR without its correlation id is refused
        ObjectNode broken = notJson.json().deepCopy();
        ((ObjectNode) broken.get("message")).remove("correlation_id");
        schemas.assertInvalid(DciSchemas.SOCIAL, DciSchemas.ACK, broken);
    }

    @Test
    public void subscribersHearOfADeathAndOfAnEnrolmentEndingAndUnsubscribedOnesNoMore() {
        String recipient = TestData.idNumber(true);
        String ref = "DCI-" + recipient;
        String file = MonitoringIT.HEADER + ref + ",tianshanlu," + MonitoringIT.ADDRESS + "," + MonitoringIT.ADDRESS
                + "," + recipient + ",钱一,HEAD,true,,,,,dibao,2024-01-01,1330.00,6222021001112223334\n";
        String job = admin.send("POST", "/imports/households?fileName=dci.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8)).json().get("jobId").asText();
        Wait.until("the import", 120, () -> admin.get("/jobs/" + job).json().get("state").asText()
                .equals("SUCCEEDED"));
        String household = admin.post("/households/search", "{\"idNumber\":\"" + recipient + "\"}").json()
                .at("/items/0/id").asText();
        String enrolment = admin.get("/enrolments?householdId=" + household).json().at("/items/0/id").asText();

        String deathSub = subscribe("DEATH_REGISTERED", DciEnvelopes.idTypeValue("UIN", recipient), "Member");
        String enrolmentSub = subscribe("EnrolmentStatusChange", DciEnvelopes.idTypeValue("HOUSEHOLD_ID",
                household), "Beneficiary");
        String memberSub = subscribe("NewHouseHoldMember", DciEnvelopes.idTypeValue("HOUSEHOLD_ID", household),
                "Member");
        String memberSub2 = subscribe("NewHouseHoldMember", DciEnvelopes.idTypeValue("HOUSEHOLD_ID", household),
                "Group");

        // the subscription's transaction is kept
        ObjectNode status = DciEnvelopes.envelope("txn-status", null, DciEnvelopes.txnStatus(DciEnvelopes.id(),
                "subscribe", "subscription_code_list", Http.JSON.createArrayNode().add(deathSub)), 1);
        Http.Reply subStatus = dci(SYNC_STATUS, status);
        assertEquals(subStatus.body, 200, subStatus.status);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.response(SYNC_STATUS), subStatus.json());
        assertEquals("on-subscribe", subStatus.json().at("/message/txnstatus_response/txn_type").asText());

        // a death reported through a feed
        String deaths = admin.send("POST", "/monitoring/feeds/death?period=2024-10", "text/csv",
                ("idNumber,date\n" + recipient + ",2024-10-05\n").getBytes(StandardCharsets.UTF_8)).json()
                .get("jobId").asText();
        Wait.until("the death feed", 120, () -> admin.get("/jobs/" + deaths).json().get("state").asText()
                .equals("SUCCEEDED"));
        DciReceiver.Call death = notifyOf(deathSub, "DEATH_REGISTERED");
        JsonNode person = death.body.at("/message/notify_event/0/data/reg_records");
        assertEquals("Member", person.get("@type").asText());
        assertEquals(recipient, person.at("/demographic_info/identifier/0/identifier_value").asText());
        assertEquals("2024-10-05", person.at("/demographic_info/death_date").asText());
        assertTrue(person.get("additional_attributes").toString().contains("reported"));
        DciReceiver.Call suspended = notifyOf(enrolmentSub, "EnrolmentStatusChange");
        assertEquals("Suspended", suspended.body.at("/message/notify_event/0/data/reg_records/programme_identifier"
                + "/enrolment_status").asText());
        // read both as a death warning and as the audit entry of the suspension it caused: one notice
        Wait.holds("one notice per reported death: " + notifies(deathSub), 6, () -> notifies(deathSub).size() == 1);

        // the enrolment ends
        Http.Reply ended = admin.post("/enrolments/" + enrolment + "/status",
                "{\"status\":\"TERMINATED\",\"reason\":\"INELIGIBLE\",\"note\":\"left the program\"}");
        assertEquals(ended.body, 200, ended.status);
        receiver.await("the enrolment's end", c -> c.path.endsWith("/notify")
                && enrolmentSub.equals(c.body.at("/header/meta/subscription_code").asText())
                && "Graduated".equals(c.body.at("/message/notify_event/0/data/reg_records/programme_identifier"
                        + "/enrolment_status").asText()));

        // a new member: both member subscriptions hear of it; after unsubscribing one, only the other does
        String spouse = TestData.idNumber(false);
        assertEquals(201, admin.post("/households/" + household + "/members", TestData.member(spouse, "孙二",
                "SPOUSE")).status);
        assertEquals("only the new member is notified", spouse, notifyOf(memberSub, "NewHouseHoldMember").body
                .at("/message/notify_event/0/data/reg_records/demographic_info/identifier/0/identifier_value").asText());
        assertEquals(1, notifies(memberSub).size());
        assertEquals("Group", notifyOf(memberSub2, "NewHouseHoldMember").body
                .at("/message/notify_event/0/data/reg_records/@type").asText());
        String txn = DciEnvelopes.id();
        ObjectNode unsubscribe = DciEnvelopes.envelope("unsubscribe", receiver.uri("/partner/on-unsubscribe"),
                DciEnvelopes.unsubscribe(txn, memberSub), 1);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request("/registry/unsubscribe"), unsubscribe);
        Http.Reply ack = dci("/registry/unsubscribe", unsubscribe);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.ACK, ack.json());
        assertEquals("ACK", ack.json().at("/message/ack_status").asText());
        DciReceiver.Call onUnsubscribe = receiver.await("on-unsubscribe", c -> c.path.endsWith("/on-unsubscribe")
                && txn.equals(c.body.at("/message/transaction_id").asText()));
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request("/registry/on-unsubscribe"), onUnsubscribe.body);
        assertEquals("succ", onUnsubscribe.body.at("/message/status").asText());

        assertEquals(201, admin.post("/households/" + household + "/members", TestData.member(
                TestData.childIdNumber(), "孙小三", "CHILD")).status);
        Wait.until("the second member's notify", 60, () -> notifies(memberSub2).size() == 2);
        assertEquals("the unsubscribed subscription heard nothing more: " + notifies(memberSub), 1,
                notifies(memberSub).size());
        JsonNode again = dci("/registry/unsubscribe", DciEnvelopes.envelope("unsubscribe",
                receiver.uri("/partner/on-unsubscribe"), DciEnvelopes.unsubscribe(DciEnvelopes.id(), "no-such-code"),
                1)).json();
        schemas.assertValid(DciSchemas.CORE, DciSchemas.ACK, again);
    }

    @Test
    public void aDeathReportedForARegisteredPersonWhoIsNotEnrolledReachesSubscribers() {
        String head = TestData.idNumber(true);
        String spouse = TestData.idNumber(false);
        String household = household(head, spouse, TestData.childIdNumber());
        assertEquals("not enrolled", 0, admin.get("/enrolments?householdId=" + household).json().get("items")
                .size());
        String sub = subscribe("DEATH_REGISTERED", DciEnvelopes.idTypeValue("UIN", spouse), "Member");
        String other = subscribe("DEATH_REGISTERED", DciEnvelopes.idTypeValue("UIN", head), "Member");

        // the death feed, then the monthly run
        String feed = admin.send("POST", "/monitoring/feeds/death?period=2024-10", "text/csv",
                ("idNumber,date\n" + spouse + ",2024-10-09\n").getBytes(StandardCharsets.UTF_8)).json()
                .get("jobId").asText();
        Wait.until("the death feed", 120, () -> admin.get("/jobs/" + feed).json().get("state").asText()
                .equals("SUCCEEDED"));
        Http.Reply run = admin.post("/monitoring/runs", "{\"month\":\"2024-10\"}");
        assertEquals(run.body, 202, run.status);
        String runJob = run.json().get("jobId").asText();
        Wait.until("the monitoring run", 120, () -> admin.get("/jobs/" + runJob).json().get("state").asText()
                .equals("SUCCEEDED"));
        JsonNode warnings = admin.get("/warnings?householdId=" + household + "&type=death&size=10").json();
        assertEquals(warnings.toString(), 1, warnings.get("items").size());
        String warning = warnings.at("/items/0/id").asText();
        assertTrue("nothing to suspend: no audit entry of a suspension", admin.get("/audit?entityId=" + warning
                + "&action=WARNING_SUSPENDED_ENROLMENTS").json().at("/items").isEmpty());

        DciReceiver.Call death = notifyOf(sub, "DEATH_REGISTERED"); // schema-validated
        assertEquals("notify", death.body.at("/header/action").asText());
        JsonNode event = death.body.at("/message/notify_event/0");
        assertEquals("warning-" + warning + "-1", event.get("reference_id").asText());
        JsonNode person = event.at("/data/reg_records");
        assertEquals("Member", person.get("@type").asText());
        assertEquals(spouse, person.at("/demographic_info/identifier/0/identifier_value").asText());
        assertEquals("2024-10-09", person.at("/demographic_info/death_date").asText());
        assertTrue(person.get("additional_attributes").toString().contains("reported"));
        // no second notice over three notifier rounds (it polls every 2 s)
        Wait.holds("exactly one notice: " + notifies(sub), 6, () -> notifies(sub).size() == 1);
        assertTrue("the head's subscription hears nothing of the spouse's death", notifies(other).isEmpty());
    }

    private static String subscribe(String event, JsonNode filter, String recordType) {
        String txn = DciEnvelopes.id();
        ObjectNode request = DciEnvelopes.envelope("subscribe", receiver.uri("/partner/registry/on-subscribe"),
                DciEnvelopes.subscribe(txn, event, filter, recordType), 1);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request("/registry/subscribe"), request);
        Http.Reply ack = dci("/registry/subscribe", request);
        assertEquals(ack.body, 200, ack.status);
        schemas.assertValid(DciSchemas.CORE, DciSchemas.ACK, ack.json());
        DciReceiver.Call on = receiver.await("on-subscribe of " + txn, c -> c.path.endsWith("/on-subscribe")
                && txn.equals(c.body.at("/message/transaction_id").asText()));
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request("/registry/on-subscribe"), on.body);
        JsonNode item = on.body.at("/message/subscribe_response/0");
        assertEquals(item.toString(), "succ", item.get("status").asText());
        assertFalse(item.at("/subscriptions/0/code").asText().isEmpty());
        return item.at("/subscriptions/0/code").asText();
    }

    private static List<DciReceiver.Call> notifies(String subscription) {
        return receiver.calls(c -> c.path.endsWith("/notify")
                && subscription.equals(c.body.at("/header/meta/subscription_code").asText()));
    }

    private static DciReceiver.Call notifyOf(String subscription, String event) {
        DciReceiver.Call call = receiver.await(event + " for " + subscription, c -> c.path.endsWith("/notify")
                && subscription.equals(c.body.at("/header/meta/subscription_code").asText())
                && event.equals(c.body.at("/message/notify_event/0/data/reg_event_type").asText()));
        schemas.assertValid(DciSchemas.CORE, DciSchemas.request("/registry/notify"), call.body);
        return call;
    }
}
