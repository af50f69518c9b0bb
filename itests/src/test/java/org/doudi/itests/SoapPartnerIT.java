package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.ws.BindingProvider;
import javax.xml.ws.soap.SOAPFaultException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.headers.Header;
import org.doudi.api.Digests;
import org.doudi.itests.soap.FeedField;
import org.doudi.itests.soap.FeedRecord;
import org.doudi.itests.soap.GetAssistanceStatus;
import org.doudi.itests.soap.GetAssistanceStatusResponse;
import org.doudi.itests.soap.GetReferralStatus;
import org.doudi.itests.soap.PartnerFault;
import org.doudi.itests.soap.PartnerPortType;
import org.doudi.itests.soap.PartnerService;
import org.doudi.itests.soap.ProgramStatus;
import org.doudi.itests.soap.Referral;
import org.doudi.itests.soap.SubmitFeedRecords;
import org.doudi.itests.soap.SubmitFeedRecordsResponse;
import org.doudi.itests.soap.SubmitReferral;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The SOAP partner service (/api/soap/partner) black-box, with the client wsdl2java generated from the service's own
 * WSDL, against the distribution started as a process: every operation as the admin and as a partner user, the
 * WS-Security UsernameToken (wrong password, no header, a role that may not call), faults naming the bad field, the
 * partner agreements on feed types and on resources to refer to, the refusal of a program's resource, the outcome
 * text kept from partners, ambiguous security headers and oversized requests refused, and ?wsdl with its
 * documentation.
 */
public class SoapPartnerIT {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    static final String PW = "Secret-pass-2024";
    static final String PARTNER = "soap-partner";
    static final String STREET_USER = "soap-street";
    static final String HEADER = "householdRef,street,hukouAddress,residenceAddress,idNumber,name,relation,hukouLocal,"
            + "wageIncome,deposits,factsSource,factsAsOf,enrolledProgram,enrolledSince,enrolledMonthlyAmount,"
            + "payeeAccount\n";
    static final String ADDRESS = "长宁区新华路 300 号";

    private static final DistributionProcess SERVER = new DistributionProcess("soap-partner-it");
    private static Http admin;
    private static URL wsdl;
    private static String active;
    private static String deceased;
    private static String household;
    private static String resource;
    private static String notAgreed;
    private static String project;

    @BeforeClass
    public static void startServer() throws Exception {
        SERVER.install();
        Path partners = SERVER.home().resolve("etc/org.doudi.partners.cfg");
        Files.writeString(partners, Files.readString(partners).replaceAll("(?m)^feeds =.*$",
                "feeds = " + PARTNER + ":employment|pension"));
        SERVER.start();
        admin = SERVER.admin();
        System.setProperty("doudi.test.sshPort", String.valueOf(SERVER.sshPort()));
        String made = Ssh.run("admin", SERVER.password, "doudi:user-add --role partner " + PARTNER + " " + PW);
        assertTrue(made, made.contains("created"));
        made = Ssh.run("admin", SERVER.password, "doudi:user-add --role street-operator --street tianshanlu "
                + STREET_USER + " " + PW);
        assertTrue(made, made.contains("created"));

        active = TestData.idNumber(true);
        deceased = TestData.idNumber(false);
        importEnrolled(active, deceased);
        household = householdOf(active);
        String ended = admin.get("/enrolments?householdId=" + householdOf(deceased)).json().get("items").get(0)
                .get("id").asText();
        Http.Reply terminated = admin.post("/enrolments/" + ended + "/status",
                "{\"status\":\"TERMINATED\",\"reason\":\"DECEASED\",\"note\":\"death verified\"}");
        assertEquals(terminated.body, 200, terminated.status);
        Http.Reply r = admin.post("/resources", "{\"name\":\"SOAP test fund\",\"kind\":\"CHARITY_PROJECT\","
                + "\"category\":\"LIVING\",\"provider\":\"区慈善基金会\",\"capacity\":10}");
        assertEquals(r.body, 201, r.status);
        resource = r.json().get("id").asText();
        r = admin.post("/resources", "{\"name\":\"SOAP fund outside the agreement\",\"kind\":\"CHARITY_PROJECT\","
                + "\"category\":\"LIVING\",\"provider\":\"区慈善基金会\",\"capacity\":10}");
        assertEquals(r.body, 201, r.status);
        notAgreed = r.json().get("id").asText();
        Http.Reply org = admin.post("/programs/charity/organisations", "{\"name\":\"SOAP 慈善会 " + System.nanoTime()
                + "\",\"registrationNumber\":\"53310105" + System.nanoTime() + "\",\"contact\":\"陈老师\"}");
        assertEquals(org.body, 201, org.status);
        r = admin.post("/programs/charity/projects", "{\"organisationId\":\"" + org.json().get("id").asText() + "\","
                + "\"name\":\"SOAP 暖心助医\",\"category\":\"MEDICAL\",\"street\":\"tianshanlu\",\"capacity\":3,"
                + "\"budget\":5000.00,\"description\":\"住院自付费用补助\",\"validFrom\":\"" + today().minusDays(30) + "\",\"validTo\":\"" + today().plusDays(300) + "\"}");
        assertEquals(r.body, 201, r.status);
        project = r.json().get("id").asText();
        wsdl = new URL(SERVER.api() + "/soap/partner?wsdl");

        // the partner's agreement names the test fund and the charity project, not the other fund
        String set = Ssh.run("admin", SERVER.password, "config:property-set -p org.doudi.partners referrals \""
                + PARTNER + ":" + resource + "|" + project + "\"");
        assertFalse(set, set.toLowerCase().contains("error"));
        SubmitReferral probe = referral("H-none-" + System.nanoTime(), resource, null);
        Wait.until("the referrals agreement applied", 60, () -> {
            try {
                port(PARTNER, PW).submitReferral(probe);
                return false;
            } catch (PartnerFault f) {
                return "not-found".equals(f.getFaultInfo().getType());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterClass
    public static void stopServer() throws Exception {
        SERVER.stopQuietly();
    }

    @Test
    public void wsdlIsTheDocumentedContract() throws Exception {
        String text = new String(wsdl.openStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text, text.contains("urn:doudi:partner:1"));
        assertTrue("operations are documented", text.contains("The assistance status of the household"));
        assertTrue("the security header is documented", text.contains("PasswordText"));
        assertTrue("the address is this server's", text.contains(SERVER.api() + "/soap/partner"));
    }

    @Test
    public void adminReadsTheStatusWithTheFullIdNumber() throws Exception {
        GetAssistanceStatusResponse r = port("admin", SERVER.password).getAssistanceStatus(status(active));
        assertTrue(r.isRegistered());
        assertEquals(household, r.getHouseholdId());
        assertEquals(active, r.getIdNumber());
        assertEquals(1, r.getProgram().size());
        assertEquals("dibao", r.getProgram().get(0).getProgramId());
        assertEquals(ProgramStatus.ACTIVE, r.getProgram().get(0).getStatus());
    }

    @Test
    public void partnerSeesDeceasedWithAMaskedIdNumber() throws Exception {
        GetAssistanceStatusResponse r = port(PARTNER, PW).getAssistanceStatus(status(deceased));
        assertTrue(r.isRegistered());
        assertEquals(deceased.substring(0, 6) + "***********" + deceased.charAt(17), r.getIdNumber());
        assertEquals(ProgramStatus.DECEASED, r.getProgram().get(0).getStatus());
        assertEquals(today(), LocalDate.parse(r.getProgram().get(0).getSince().toXMLFormat()));
        JsonNode audit = admin.get("/audit?actor=" + PARTNER).json();
        assertTrue(audit.toString(), audit.toString().contains("partner read of assistance status (SOAP)"));
    }

    @Test
    public void anUnknownPersonIsNotRegisteredAndThePartnersLookupIsAuditedByDigest() throws Exception {
        String unknown = TestData.idNumber(true);
        GetAssistanceStatusResponse r = port(PARTNER, PW).getAssistanceStatus(status(unknown));
        assertFalse(r.isRegistered());
        assertTrue(r.getProgram().isEmpty());
        assertEquals(null, r.isDeceased());
        String digest = Digests.sha256(unknown);
        JsonNode audit = admin.get("/audit?actor=" + PARTNER + "&entityId=" + digest).json();
        assertEquals(audit.toString(), 1, audit.get("total").asInt());
        JsonNode entry = audit.get("items").get(0);
        assertEquals("HOUSEHOLD_LOOKUP", entry.get("action").asText());
        assertEquals("id-number-sha256", entry.get("entityType").asText());
        assertTrue(entry.toString(), entry.toString().contains("no household found"));
        assertFalse("never the number itself", admin.get("/audit?actor=" + PARTNER + "&size=100").body
                .contains(unknown));
    }

    @Test
    public void aMemberWhoDiedIsFoundAsDeceasedWithTheProgramsThatCoveredThem() throws Exception {
        String head = TestData.idNumber(true);
        String spouse = TestData.idNumber(false);
        importEnrolled(head);
        String id = householdOf(head);
        Http.Reply added = admin.post("/households/" + id + "/members", "{\"idNumber\":\"" + spouse + "\","
                + "\"name\":\"孙八\",\"relation\":\"SPOUSE\",\"hukouLocal\":true}");
        assertEquals(added.body, 201, added.status);
        String personId = null;
        for (JsonNode m : added.json().get("members")) {
            if (spouse.equals(m.get("idNumber").asText())) {
                personId = m.get("personId").asText();
            }
        }
        assertNotNull(added.body, personId);
        Http.Reply died = admin.post("/households/" + id + "/members/" + personId + "/end", "{\"endedOn\":\""
                + today() + "\",\"endReason\":\"DECEASED\",\"reason\":\"death certificate seen\"}");
        assertEquals(died.body, 200, died.status);
        assertEquals("the search finds current members only", 0, admin.post("/households/search",
                "{\"idNumber\":\"" + spouse + "\"}").json().get("total").asInt());

        GetAssistanceStatusResponse r = port(PARTNER, PW).getAssistanceStatus(status(spouse));
        assertTrue(r.isRegistered());
        assertEquals(Boolean.TRUE, r.isDeceased());
        assertEquals(id, r.getHouseholdId());
        assertEquals(spouse.substring(0, 6) + "***********" + spouse.charAt(17), r.getIdNumber());
        assertEquals(1, r.getProgram().size());
        assertEquals("dibao", r.getProgram().get(0).getProgramId());
        assertEquals(ProgramStatus.DECEASED, r.getProgram().get(0).getStatus());
        assertEquals(today(), LocalDate.parse(r.getProgram().get(0).getSince().toXMLFormat()));
        JsonNode read = admin.get("/audit?actor=" + PARTNER + "&action=HOUSEHOLD_READ&entityId=" + id).json();
        assertEquals(read.toString(), 1, read.get("total").asInt());

        GetAssistanceStatusResponse living = port("admin", SERVER.password).getAssistanceStatus(status(head));
        assertEquals("the living head's answer is as before", null, living.isDeceased());
        assertEquals(ProgramStatus.ACTIVE, living.getProgram().get(0).getStatus());
    }

    @Test
    public void aMalformedIdNumberIsAFaultNamingTheField() {
        String bad = active.substring(0, 17) + (active.charAt(17) == '1' ? '2' : '1');
        PartnerFault f = expectFault(() -> port(PARTNER, PW).getAssistanceStatus(status(bad)));
        assertEquals("validation", f.getFaultInfo().getType());
        assertEquals(422, f.getFaultInfo().getStatus());
        assertEquals("idNumber", f.getFaultInfo().getViolation().get(0).getField());
        assertEquals("checksum", f.getFaultInfo().getViolation().get(0).getRule());
        assertFalse("never the whole number", f.getMessage().contains(bad));
    }

    @Test
    public void wrongPasswordMissingHeaderAndWrongRoleAreClientFaults() {
        Fault wrongPassword = soapFault(() -> port(PARTNER, "wrong-" + PW).getAssistanceStatus(status(active)));
        assertEquals(new Fault("invalid credentials", "Client"), wrongPassword);
        assertEquals("the same answer for an unknown user", wrongPassword,
                soapFault(() -> port("nobody-" + System.nanoTime(), PW).getAssistanceStatus(status(active))));
        Fault none = soapFault(() -> port(null, null).getAssistanceStatus(status(active)));
        assertTrue(none.message(), none.message().startsWith("authentication required"));
        assertEquals("Client", none.code());
        Fault street = soapFault(() -> port(STREET_USER, PW).getAssistanceStatus(status(active)));
        assertTrue(street.message(), street.message().startsWith("forbidden"));
        assertEquals("Client", street.code());
    }

    @Test
    public void partnerSubmitsTheFeedTypesOfItsAgreement() throws Exception {
        SubmitFeedRecordsResponse r = port(PARTNER, PW).submitFeedRecords(feed("employment", "2026-10",
                record(active, "2026-10-01", "employer", "长宁某公司", "monthlyWage", "4200.00")));
        assertEquals(1, r.getAccepted());
        assertNotNull(r.getJobId());
        JsonNode job = admin.get("/jobs/" + r.getJobId()).json();
        assertEquals(job.toString(), r.getJobId(), job.get("id").asText());

        PartnerFault notAgreed = expectFault(() -> port(PARTNER, PW).submitFeedRecords(feed("death", "2026-10",
                record(active, "2026-10-01"))));
        assertEquals("forbidden", notAgreed.getFaultInfo().getType());
        assertTrue(notAgreed.getMessage(), notAgreed.getMessage().contains("no agreement"));

        SubmitFeedRecordsResponse byAdmin = port("admin", SERVER.password).submitFeedRecords(feed("death", "2026-10",
                record(TestData.idNumber(true), "2026-10-02")));
        assertEquals(1, byAdmin.getAccepted());
    }

    @Test
    public void badFeedInputIsAFaultListingEveryField() {
        PartnerFault f = expectFault(() -> port(PARTNER, PW).submitFeedRecords(feed("salary", "2026/10",
                record(active, "01.10.2026"))));
        List<String> fields = f.getFaultInfo().getViolation().stream().map(v -> v.getField() + ":" + v.getRule())
                .collect(Collectors.toList());
        assertEquals(List.of("feedType:oneOf", "period:month", "record[0].date:date"), fields);
    }

    @Test
    public void referralsAreMadeAndTrackedByTheirMaker() throws Exception {
        Referral byAdmin = port("admin", SERVER.password).submitReferral(referral(household, resource, null)).getReferral();
        assertEquals("REFERRED", byAdmin.getStatus());
        assertEquals(household, byAdmin.getHouseholdId());
        assertEquals("SOAP test fund", byAdmin.getResourceName());
        assertEquals(byAdmin.getReferralId(), port("admin", SERVER.password)
                .getReferralStatus(referralStatus(byAdmin.getReferralId())).getReferral().getReferralId());

        Referral byPartner = port(PARTNER, PW).submitReferral(referral(household, resource, "家中急需")).getReferral();
        assertEquals("家中急需", port(PARTNER, PW).getReferralStatus(referralStatus(byPartner.getReferralId()))
                .getReferral().getNote());
        Http.Reply accepted = admin.post("/referrals/" + byPartner.getReferralId() + "/outcome",
                "{\"status\":\"ACCEPTED\",\"outcome\":\"家访记录：债务情况见档案\"}");
        assertEquals(accepted.body, 200, accepted.status);
        Referral seenByPartner = port(PARTNER, PW).getReferralStatus(referralStatus(byPartner.getReferralId()))
                .getReferral();
        assertEquals("ACCEPTED", seenByPartner.getStatus());
        assertNotNull(seenByPartner.getOutcomeOn());
        assertEquals("a partner is not shown the staff's outcome text", null, seenByPartner.getOutcome());
        assertEquals("家访记录：债务情况见档案", port("admin", SERVER.password)
                .getReferralStatus(referralStatus(byPartner.getReferralId())).getReferral().getOutcome());
        PartnerFault others = expectFault(() -> port(PARTNER, PW)
                .getReferralStatus(referralStatus(byAdmin.getReferralId())));
        assertEquals("not-found", others.getFaultInfo().getType());
        PartnerFault unknown = expectFault(() -> port("admin", SERVER.password)
                .getReferralStatus(referralStatus("R-" + System.nanoTime())));
        assertEquals(404, unknown.getFaultInfo().getStatus());
        PartnerFault noHousehold = expectFault(() -> port(PARTNER, PW).submitReferral(referral(null, resource, null)));
        assertEquals("householdId", noHousehold.getFaultInfo().getViolation().get(0).getField());
    }

    @Test
    public void aPartnerRefersOnlyToTheResourcesOfItsAgreementAndNobodyToAProgramsResource() {
        PartnerFault outside = expectFault(() -> port(PARTNER, PW).submitReferral(referral(household, notAgreed, null)));
        assertEquals("forbidden", outside.getFaultInfo().getType());
        assertTrue(outside.getMessage(), outside.getMessage().contains("org.doudi.partners referrals"));
        for (String user : List.of("admin", PARTNER)) {
            PartnerFault program = expectFault(() -> port(user, "admin".equals(user) ? SERVER.password : PW)
                    .submitReferral(referral(household, project, null)));
            assertEquals(user, "conflict", program.getFaultInfo().getType());
            assertEquals(user, 409, program.getFaultInfo().getStatus());
            assertTrue(program.getMessage(), program.getMessage().contains("managed by program charity"));
        }
    }

    @Test
    public void aFeedRecordWithTooManyFieldsIsAFaultNamingIt() {
        String[] fields = new String[2 * 51];
        for (int i = 0; i < 51; i++) {
            fields[2 * i] = "f" + i;
            fields[2 * i + 1] = "x";
        }
        PartnerFault f = expectFault(() -> port(PARTNER, PW).submitFeedRecords(feed("employment", "2026-10",
                record(active, "2026-10-01", fields))));
        assertEquals("record[0].field", f.getFaultInfo().getViolation().get(0).getField());
        assertEquals("max", f.getFaultInfo().getViolation().get(0).getRule());
    }

    @Test
    public void ambiguousSecurityHeadersAndOversizedRequestsAreRefused() throws Exception {
        String security = "<wsse:Security xmlns:wsse=\"" + WSSE + "\"%s><wsse:UsernameToken><wsse:Username>" + PARTNER
                + "</wsse:Username><wsse:Password Type=\"" + PASSWORD_TEXT + "\">" + PW + "</wsse:Password>"
                + "</wsse:UsernameToken></wsse:Security>";
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:p=\"urn:doudi:partner:1\"><soap:Header>%s</soap:Header><soap:Body><p:GetAssistanceStatus>"
                + "<p:idNumber>" + active + "</p:idNumber></p:GetAssistanceStatus></soap:Body></soap:Envelope>";
        String one = String.format(security, "");
        assertEquals(200, post(String.format(envelope, one)).statusCode());
        for (String header : List.of(one + one, String.format(security, " soap:actor=\"urn:elsewhere\""),
                one.replace("<wsse:UsernameToken>", "<wsse:UsernameToken><wsse:Username>other</wsse:Username>"))) {
            HttpResponse<String> refused = post(String.format(envelope, header));
            assertEquals(refused.body(), 500, refused.statusCode());
            assertTrue(refused.body(), refused.body().contains("Client</faultcode>"));
            assertTrue(refused.body(), refused.body().contains("ambiguous security"));
        }

        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 10_020; i++) {
            records.append("<p:record><p:idNumber>").append(active).append("</p:idNumber><p:date>2026-10-01</p:date>"
                    + "</p:record>");
        }
        HttpResponse<String> tooMany = post("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:p=\"urn:doudi:partner:1\"><soap:Header>" + one + "</soap:Header><soap:Body>"
                + "<p:SubmitFeedRecords><p:feedType>death</p:feedType><p:period>2026-10</p:period>" + records
                + "</p:SubmitFeedRecords></soap:Body></soap:Envelope>");
        assertEquals(tooMany.body(), 500, tooMany.statusCode());
        assertFalse(tooMany.body(), tooMany.body().contains("jobId"));
        assertFalse("refused while read, before the records are checked", tooMany.body()
                .contains("records per submission"));
    }

    /** The README's example: a hand-written envelope posted as curl would; a bad input is a Client fault. */
    @Test
    public void aPlainEnvelopeWorksAsTheReadmeShows() throws Exception {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:p=\"urn:doudi:partner:1\"><soap:Header><wsse:Security soap:mustUnderstand=\"1\""
                + " xmlns:wsse=\"" + WSSE + "\"><wsse:UsernameToken><wsse:Username>" + PARTNER + "</wsse:Username>"
                + "<wsse:Password Type=\"" + PASSWORD_TEXT + "\">" + PW + "</wsse:Password></wsse:UsernameToken>"
                + "</wsse:Security></soap:Header><soap:Body><p:GetAssistanceStatus><p:idNumber>%s</p:idNumber>"
                + "</p:GetAssistanceStatus></soap:Body></soap:Envelope>";
        HttpResponse<String> ok = post(String.format(envelope, active));
        assertEquals(ok.body(), 200, ok.statusCode());
        assertTrue(ok.body(), ok.body().contains("<status>ACTIVE</status>") || ok.body().contains(":status>ACTIVE<"));
        HttpResponse<String> bad = post(String.format(envelope, "12345"));
        assertEquals(500, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("Client</faultcode>"));
        assertTrue(bad.body(), bad.body().contains("idNumber") && bad.body().contains("length"));
        assertFalse("no stack trace", bad.body().contains("at org."));
    }

    private static HttpResponse<String> post(String envelope) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SERVER.api() + "/soap/partner"))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A port of the generated client carrying a UsernameToken for {@code user} (none when null). */
    private static PartnerPortType port(String user, String password) throws Exception {
        PartnerPortType port = new PartnerService(wsdl).getPartnerPort();
        BindingProvider bp = (BindingProvider) port;
        bp.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, SERVER.api() + "/soap/partner");
        if (user != null) {
            List<Header> headers = new ArrayList<>();
            SoapHeader security = new SoapHeader(new QName(WSSE, "Security"), usernameToken(user, password));
            security.setMustUnderstand(true);
            headers.add(security);
            bp.getRequestContext().put(Header.HEADER_LIST, headers);
        }
        return port;
    }

    private static Element usernameToken(String user, String password) throws Exception {
        String xml = "<wsse:Security xmlns:wsse=\"" + WSSE + "\"><wsse:UsernameToken><wsse:Username>" + user
                + "</wsse:Username><wsse:Password Type=\"" + PASSWORD_TEXT + "\">" + password + "</wsse:Password>"
                + "</wsse:UsernameToken></wsse:Security>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    /** A call expected to end in the contract's PartnerFault. */
    interface Call {
        Object run() throws Exception;
    }

    private static PartnerFault expectFault(Call call) {
        try {
            call.run();
        } catch (PartnerFault f) {
            return f;
        } catch (Exception e) {
            throw new AssertionError("expected a PartnerFault, got " + e, e);
        }
        fail("no fault");
        return null;
    }

    /** A SOAP fault outside the contract (authentication, authorization): its message and fault code. */
    record Fault(String message, String code) {
    }

    /**
     * A call expected to end in a plain SOAP fault. CXF's client reports it as a {@link SOAPFaultException} when a SAAJ
     * implementation is present, and otherwise as a WebServiceException caused by its own SoapFault.
     */
    private static Fault soapFault(Call call) {
        try {
            call.run();
        } catch (SOAPFaultException f) {
            return new Fault(f.getMessage(), f.getFault().getFaultCodeAsQName().getLocalPart());
        } catch (javax.xml.ws.WebServiceException e) {
            if (e.getCause() instanceof SoapFault f) {
                return new Fault(f.getMessage(), f.getFaultCode().getLocalPart());
            }
            throw new AssertionError("expected a SOAP fault, got " + e, e);
        } catch (Exception e) {
            throw new AssertionError("expected a SOAP fault, got " + e, e);
        }
        fail("no fault");
        return null;
    }

    private static GetAssistanceStatus status(String idNumber) {
        GetAssistanceStatus s = new GetAssistanceStatus();
        s.setIdNumber(idNumber);
        return s;
    }

    private static SubmitFeedRecords feed(String type, String period, FeedRecord... records) {
        SubmitFeedRecords s = new SubmitFeedRecords();
        s.setFeedType(type);
        s.setPeriod(period);
        s.getRecord().addAll(List.of(records));
        return s;
    }

    private static FeedRecord record(String idNumber, String date, String... fields) {
        FeedRecord r = new FeedRecord();
        r.setIdNumber(idNumber);
        r.setDate(date);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            FeedField f = new FeedField();
            f.setName(fields[i]);
            f.setValue(fields[i + 1]);
            r.getField().add(f);
        }
        return r;
    }

    private static SubmitReferral referral(String householdId, String resourceId, String note) {
        SubmitReferral s = new SubmitReferral();
        s.setHouseholdId(householdId);
        s.setResourceId(resourceId);
        s.setNote(note);
        return s;
    }

    private static GetReferralStatus referralStatus(String id) {
        GetReferralStatus s = new GetReferralStatus();
        s.setReferralId(id);
        return s;
    }

    /** Imports one household per head, each enrolled in dibao since January; waits for the job. */
    private static void importEnrolled(String... heads) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String head : heads) {
            csv.append("IT-SOAP-").append(head).append(",tianshanlu,").append(ADDRESS).append(',').append(ADDRESS)
                    .append(',').append(head).append(",钱七,HEAD,true,,,,,dibao,").append(today().getYear())
                    .append("-01-01,1330.00,6222021001112220000\n");
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

    private static String householdOf(String idNumber) {
        JsonNode found = admin.post("/households/search", "{\"idNumber\":\"" + idNumber + "\"}").json();
        assertEquals(found.toString(), 1, found.get("total").asInt());
        return found.get("items").get(0).get("id").asText();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
