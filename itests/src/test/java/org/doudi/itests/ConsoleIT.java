package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The console covers daily operations (issue 9): every doudi:* command run over SSH as an operator would, on data
 * made over REST, printing real values; {@code --help} on every command naming its arguments and options; and the
 * command ACL letting a read-only operator read but not change.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleIT extends DoudiTestSupport {
    private static final String STREET = "tianshanlu";
    private static final String PW = "Console-Test-2024";
    private static final String ANSI = "\u001B\\[[;?0-9]*[A-Za-z]";

    /** Every doudi command with the words its --help must show: its arguments and options. */
    private static final Map<String, String[]> HELP = new LinkedHashMap<>();

    static {
        HELP.put("household-list", new String[] {"--street", "--name", "--page", "--size"});
        HELP.put("household-show", new String[] {"id"});
        HELP.put("program-list", new String[] {});
        HELP.put("program-parameters", new String[] {"program", "--as-of"});
        HELP.put("program-evaluate", new String[] {"household", "program", "asOf"});
        HELP.put("program-records", new String[] {"program", "kind", "--status", "--street", "--household",
            "--overdue", "--size"});
        HELP.put("case-list", new String[] {"--overdue", "--street", "--status", "--program", "--size"});
        HELP.put("case-show", new String[] {"id"});
        HELP.put("warning-list", new String[] {"--street", "--type", "--status", "--summary", "--size"});
        HELP.put("warning-assign", new String[] {"warning", "--advisor", "--street", "--reason"});
        HELP.put("job-list", new String[] {"--state", "--type", "--size"});
        HELP.put("job-show", new String[] {"id", "--wait"});
        HELP.put("job-cancel", new String[] {"id"});
        HELP.put("import", new String[] {"file", "--reason", "--wait"});
        HELP.put("feed-load", new String[] {"type", "file", "--period", "--department", "--wait"});
        HELP.put("monitor-run", new String[] {"month", "--street", "--wait"});
        HELP.put("screening-start", new String[] {"--program", "--as-of", "--street", "--reason", "--wait"});
        HELP.put("reconcile", new String[] {"month", "file", "--reason", "--errors"});
        HELP.put("file-check-sample", new String[] {"month", "--size", "--seed"});
        HELP.put("dishonesty-list", new String[] {"--all", "--street", "--size"});
        HELP.put("visit-overdue", new String[] {"--street", "--advisor", "--as-of"});
        HELP.put("advisor-list", new String[] {"--street", "--as-of"});
        HELP.put("needs-list", new String[] {"--street", "--level", "--size"});
        HELP.put("resource-list", new String[] {"--kind", "--category", "--street", "--available"});
        HELP.put("referral-list", new String[] {"--street", "--status", "--household", "--resource", "--size"});
        HELP.put("report-circles", new String[] {"--street"});
        HELP.put("report-streets", new String[] {"month", "--street"});
        HELP.put("calendar-workdays", new String[] {"from", "n", "--list"});
        HELP.put("audit-verify", new String[] {});
        HELP.put("demo-data", new String[] {"--households", "--seed"});
        HELP.put("user-list", new String[] {});
        HELP.put("user-add", new String[] {"user", "password", "--role", "--street"});
        HELP.put("user-passwd", new String[] {"user", "password"});
        HELP.put("user-disable", new String[] {"user"});
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String admin(String command) throws Exception {
        String out = Ssh.run("admin", adminPassword(), command).replaceAll(ANSI, "");
        assertFalse(command + ": " + out, out.equals("AUTH FAILED"));
        return out;
    }

    private static void contains(String out, String... parts) {
        for (String p : parts) {
            assertTrue("'" + p + "' missing in:\n" + out, out.contains(p));
        }
    }

    private static JsonNode finished(Http admin, String jobId) {
        JsonNode[] job = new JsonNode[1];
        Wait.until("job " + jobId + " to finish", 120, () -> {
            job[0] = admin.get("/jobs/" + jobId).json();
            return job[0].get("state").asText().matches("SUCCEEDED|FAILED|CANCELLED");
        });
        return job[0];
    }

    private static Path file(String name, String content) throws Exception {
        Path p = Files.createTempFile(Path.of(System.getProperty("karaf.data")), name, ".csv");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** The doudi commands registered (the secured registry lists what the caller may run: asked as an admin). */
    private Set<String> registeredCommands() throws Exception {
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        Set<String> names = new TreeSet<>();
        Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> {
            sessionFactory.getRegistry().getCommands().stream().filter(c -> "doudi".equals(c.getScope()))
                    .forEach(c -> names.add(c.getName()));
            return null;
        });
        return names;
    }

    @Test
    public void everyCommandRunsOverSshWithRealValuesAndHelp() throws Exception {
        Http admin = adminClient();
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        // the data: a household with a case past its deadline, a warning, a needs assessment and a visit, a
        // charity project with a referral, a small grant
        String head = TestData.idNumber(true);
        String household = admin.post("/households", TestData.adults(STREET, new BigDecimal("500.00"), null, head,
                TestData.idNumber(false))).json().get("id").asText();
        Http.Reply opened = admin.post("/cases", "{\"householdId\":\"" + household + "\",\"programId\":\"dibao\","
                + "\"acceptedOn\":\"2024-10-08\",\"creditCommitment\":true,\"verificationAuthorisation\":true,"
                + "\"payeeAccount\":\"6222021001112223334\"}");
        assertEquals(opened.body, 201, opened.status);
        String caseId = opened.json().get("id").asText();
        String employment = "{\"department\":\"长宁区人社局\",\"period\":\"2024-10\",\"records\":[{\"idNumber\":\""
                + head + "\",\"date\":\"2024-10-01\",\"facts\":{\"employer\":\"长宁某物业公司\",\"monthlyWage\":\"4200.00\"}}]}";
        finished(admin, admin.post("/monitoring/feeds/employment", employment).json().get("jobId").asText());
        String runJob = admin.post("/monitoring/runs", "{\"month\":\"2024-10\",\"street\":\"" + STREET + "\"}").json()
                .get("jobId").asText();
        assertEquals("SUCCEEDED", finished(admin, runJob).get("state").asText());
        JsonNode warning = admin.get("/warnings?householdId=" + household).json().get("items").get(0);
        String warningId = warning.get("id").asText();
        assertEquals("OPEN", warning.get("status").asText());
        String advisor = "adv" + run;
        assertEquals(201, admin.post("/needs/assessments", "{\"householdId\":\"" + household + "\",\"assessedOn\":\""
                + "2024-09-20\",\"grades\":{\"material\":\"HIGH\",\"health\":\"HIGH\",\"education\":\"HIGH\","
                + "\"employment\":\"HIGH\",\"socialSupport\":\"HIGH\",\"childrenYouth\":\"HIGH\"}}").status);
        assertEquals(201, admin.post("/visits", "{\"householdId\":\"" + household + "\",\"advisor\":\"" + advisor
                + "\",\"visitedOn\":\"2024-10-05\",\"findings\":\"bedridden\"}").status);
        String orgId = admin.post("/programs/charity/organisations", "{\"name\":\"长宁区慈善基金会 " + run
                + "\",\"registrationNumber\":\"53310105" + System.nanoTime() + "\",\"contact\":\"陈老师\"}").json()
                .get("id").asText();
        Http.Reply project = admin.post("/programs/charity/projects", "{\"organisationId\":\"" + orgId + "\","
                + "\"name\":\"暖心助医 " + run + "\",\"category\":\"MEDICAL\",\"street\":\"" + STREET + "\",\"capacity\":3,"
                + "\"budget\":5000.00,\"validFrom\":\"" + today().minusDays(30) + "\",\"validTo\":\""
                + today().plusDays(300) + "\",\"description\":\"住院自付费用补助\"}");
        assertEquals(project.body, 201, project.status);
        String projectId = project.json().get("id").asText();
        assertEquals(201, admin.post("/programs/charity/consents", "{\"householdId\":\"" + household
                + "\",\"idNumber\":\"" + head + "\",\"organisationId\":\"" + orgId + "\",\"scope\":\"BOTH\","
                + "\"givenOn\":\"" + today().minusDays(1) + "\",\"evidence\":\"signed form " + run + "\"}").status);
        Http.Reply referral = admin.post("/programs/charity/referrals", "{\"householdId\":\"" + household
                + "\",\"projectId\":\"" + projectId + "\",\"dimension\":\"health\",\"amount\":1500.00}");
        assertEquals(referral.body, 201, referral.status);
        String referralId = referral.json().get("id").asText();
        Http.Reply grant = admin.post("/programs/temporary-relief/small-grants", "{\"householdId\":\"" + household
                + "\",\"amount\":800.00,\"eventType\":\"FIRE\",\"eventDate\":\"" + today().minusDays(3)
                + "\",\"reason\":\"kitchen fire, verified on site\"}");
        assertEquals(grant.body, 201, grant.status);
        String grantId = grant.json().get("id").asText();

        Set<String> ran = new TreeSet<>();

        // households and programs
        contains(admin("doudi:household-list --street " + STREET + " --size 100"), household, STREET, "households");
        ran.add("household-list");
        contains(admin("doudi:household-show " + household), "Household  " + household, "Street     " + STREET,
                "2 members", "WAGE", "500.00");
        ran.add("household-show");
        contains(admin("doudi:program-list"), "dibao", "temporary-relief", "standard=", "programs installed");
        ran.add("program-list");
        String parameters = admin("doudi:program-parameters --as-of 2024-10-15 dibao");
        contains(parameters, "Program    dibao", "on 2024-10-15", "standard", "2021-07-01", "gradualExitMonths");
        ran.add("program-parameters");
        contains(admin("doudi:program-parameters no-such-program"), "No program no-such-program");
        contains(admin("doudi:program-evaluate " + household + " dibao 2024-10-15"), "Household  " + household
                + " as of 2024-10-15", "Decision", "monthly amount");
        ran.add("program-evaluate");
        contains(admin("doudi:program-records --household " + household + " temporary-relief small-grant"), grantId,
                "800.00", "REVIEW_DUE", "1 records");
        ran.add("program-records");

        // cases
        contains(admin("doudi:case-list --overdue --street " + STREET + " --size 100"), caseId, "OVERDUE", "dibao",
                "ACCEPTED");
        ran.add("case-list");
        contains(admin("doudi:case-show " + caseId), "Case       " + caseId, "Household  " + household,
                "Status     ACCEPTED", "OVERDUE");
        ran.add("case-show");

        // warnings
        contains(admin("doudi:warning-list --street " + STREET + " --status OPEN --size 100"), warningId,
                "employment", "OPEN", household);
        contains(admin("doudi:warning-list --summary --street " + STREET), STREET, "Open");
        ran.add("warning-list");
        contains(admin("doudi:warning-assign --advisor " + advisor + " --reason \"visit this week\" " + warningId),
                "Warning " + warningId + " ASSIGNED to " + advisor + " (" + STREET + ")");
        ran.add("warning-assign");
        assertEquals("ASSIGNED", admin.get("/warnings/" + warningId).json().get("status").asText());
        contains(admin("doudi:warning-list --status ASSIGNED --street " + STREET), warningId, advisor);
        contains(admin("doudi:warning-assign " + warningId), "--advisor");
        contains(admin("doudi:warning-assign --advisor " + advisor + " no-such-warning"), "Not assigned", "no-such-warning");

        // jobs
        contains(admin("doudi:job-list --type MONITORING_RUN"), runJob, "MONITORING_RUN", "SUCCEEDED");
        ran.add("job-list");
        contains(admin("doudi:job-show " + runJob), runJob, "MONITORING_RUN", "100%", "SUCCEEDED");
        ran.add("job-show");
        String cancel = admin("doudi:job-cancel " + runJob);
        contains(cancel, runJob);
        ran.add("job-cancel");
        assertEquals("a finished job stays as it ended", "SUCCEEDED", admin.get("/jobs/" + runJob).json()
                .get("state").asText());

        // imports, feeds, monitoring, screening
        String imported = TestData.idNumber(true);
        Path csv = file("import", MonitoringIT.HEADER + "CONSOLE-" + run + "," + STREET + "," + MonitoringIT.ADDRESS
                + "," + MonitoringIT.ADDRESS + "," + imported + ",钱五,HEAD,true,800.00,,区民政局,2024-09-01,,,,\n");
        contains(admin("doudi:import --wait --reason \"console test " + run + "\" " + csv), "HOUSEHOLD_IMPORT",
                "100%", "SUCCEEDED", "households=1");
        ran.add("import");
        assertEquals(1, admin.post("/households/search", "{\"idNumber\":\"" + imported + "\"}").json().get("total")
                .asInt());
        Path feed = file("feed", "idNumber,date,employer,monthlyWage\n" + imported + ",2024-11-01,长宁某超市,3900.00\n");
        contains(admin("doudi:feed-load --period 2024-11 --wait employment " + feed), "FEED_LOAD", "100%",
                "SUCCEEDED");
        ran.add("feed-load");
        contains(admin("doudi:monitor-run --street " + STREET + " --wait 2024-11"), "MONITORING_RUN", "100%",
                "SUCCEEDED");
        ran.add("monitor-run");
        contains(admin("doudi:warning-list --type employment --street " + STREET + " --size 100"), "2024-11-01");
        contains(admin("doudi:screening-start --program dibao --street " + STREET + " --as-of 2024-10-15 --reason "
                + "\"console test\" --wait"), "SCREENING", "100%", "SUCCEEDED");
        ran.add("screening-start");

        // supervision
        Path export = file("fund", "idNumber,program,month,amount,account,status\n" + head
                + ",dibao,2024-10,1330.00,6222021001112223334,PAID\n");
        contains(admin("doudi:reconcile --reason \"console test\" 2024-10 " + export), "Reconciliation ",
                " of 2024-10: 1 rows");
        ran.add("reconcile");
        contains(admin("doudi:file-check-sample --seed 7 2024-10"), "File check ", " of 2024-10: ", STREET);
        ran.add("file-check-sample");
        contains(admin("doudi:dishonesty-list --all --street " + STREET), "Outstanding", " records");
        ran.add("dishonesty-list");
        contains(admin("doudi:report-circles --street " + STREET), STREET, "1 Covered", "4 Watch", "Circles as of");
        contains(admin("doudi:report-circles"), "total", STREET);
        ran.add("report-circles");
        contains(admin("doudi:report-streets 2024-10"), STREET, "district", "Decided by deadline",
                "Month 2024-10; a warning closed within");
        contains(admin("doudi:report-streets 2024-13"), "month must be yyyy-MM");
        ran.add("report-streets");

        // needs, visits, resources
        contains(admin("doudi:visit-overdue --street " + STREET + " --advisor " + advisor + " --as-of 2024-11-06"),
                household, "2024-11-05", "1 overdue");
        ran.add("visit-overdue");
        contains(admin("doudi:advisor-list --street " + STREET + " --as-of 2024-11-06"), advisor);
        ran.add("advisor-list");
        contains(admin("doudi:needs-list --street " + STREET + " --level HIGH --size 500"), household, "18", "HIGH");
        ran.add("needs-list");
        contains(admin("doudi:resource-list --category MEDICAL --street " + STREET), projectId, "暖心助医 " + run,
                "3500.00");
        ran.add("resource-list");
        contains(admin("doudi:referral-list --household " + household), referralId, "REFERRED", "1500.00");
        ran.add("referral-list");

        // calendar, audit, demo data, users
        contains(admin("doudi:calendar-workdays 2024-02-08 20"), "Due       2024-03-13");
        ran.add("calendar-workdays");
        contains(admin("doudi:audit-verify"), "INTACT");
        ran.add("audit-verify");
        contains(admin("doudi:demo-data --households 2 --seed " + (System.nanoTime() % 100_000)),
                "Registered 2 of 2 households");
        ran.add("demo-data");
        String operator = "op" + run;
        contains(admin("doudi:user-add --role operator " + operator + " " + PW), "User " + operator
                + " created with role operator");
        ran.add("user-add");
        contains(admin("doudi:user-list"), "admin", operator, "operator", "active");
        ran.add("user-list");
        String leaver = "gone" + run;
        admin("doudi:user-add --role auditor " + leaver + " " + PW);
        contains(admin("doudi:user-passwd " + leaver + " " + PW + "-new"), "Password of " + leaver + " changed");
        ran.add("user-passwd");
        contains(admin("doudi:user-disable " + leaver), "User " + leaver + " disabled");
        ran.add("user-disable");
        assertTrue(admin("doudi:user-list").matches("(?s).*" + leaver + "\\s*\\|.*disabled.*"));

        // every command of the doudi scope was run above, and each has --help naming its arguments and options
        Set<String> registered = registeredCommands();
        assertEquals(registered, ran);
        assertEquals(registered, new TreeSet<>(HELP.keySet()));
        for (Map.Entry<String, String[]> c : HELP.entrySet()) {
            String help = admin("doudi:" + c.getKey() + " --help");
            contains(help, "DESCRIPTION", "doudi:" + c.getKey(), "SYNTAX");
            for (String word : c.getValue()) {
                contains(help, word);
            }
        }

        // a read-only operator reads but does not change
        String reads = Ssh.run(operator, PW, "doudi:report-circles --street " + STREET);
        contains(reads, STREET, "Circles as of");
        contains(Ssh.run(operator, PW, "doudi:program-parameters dibao"), "Program    dibao");
        String other = admin.get("/warnings?street=" + STREET + "&status=OPEN&size=1").json().get("items").get(0)
                .get("id").asText();
        String refused = Ssh.run(operator, PW, "doudi:warning-assign --advisor " + advisor + " " + other);
        assertFalse(refused, refused.contains("ASSIGNED"));
        assertEquals("OPEN", admin.get("/warnings/" + other).json().get("status").asText());
        String refusedCancel = Ssh.run(operator, PW, "doudi:user-disable " + operator);
        assertFalse(refusedCancel, refusedCancel.contains("disabled"));
    }
}
