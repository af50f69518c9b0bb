package org.doudi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Programs deployed and withdrawn on the running server (SPEC §2, issue 4): {@code feature:uninstall} and
 * {@code feature:install} under concurrent requests, and a program jar dropped into {@code deploy/}; the
 * core is never refreshed and never answers 5xx.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT extends DoudiTestSupport {

    private Http admin;

    @Before
    public void prepare() {
        admin = adminClient();
    }

    /** The wiring object of every core bundle: a refresh replaces it. */
    private Map<String, Object> coreWirings() {
        Map<String, Object> wirings = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && (name.startsWith("org.doudi.") && !name.startsWith("org.doudi.program.")
                    || name.startsWith("org.apache.cxf") || name.startsWith("org.eclipse.persistence")
                    || name.startsWith("com.fasterxml.jackson"))) {
                wirings.put(name + "/" + b.getBundleId(), b.adapt(BundleWiring.class));
            }
        }
        return wirings;
    }

    private void assertSameWirings(Map<String, Object> before) {
        Map<String, Object> after = coreWirings();
        assertEquals(before.keySet(), after.keySet());
        List<String> refreshed = new ArrayList<>();
        before.forEach((k, w) -> {
            if (w != after.get(k)) {
                refreshed.add(k);
            }
        });
        assertEquals("core bundles refreshed", List.of(), refreshed);
    }

    private List<String> programIds() {
        List<String> ids = new ArrayList<>();
        admin.get("/programs").json().forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    private String evaluation(String program, String household) {
        Http.Reply r = admin.post("/programs/" + program + "/evaluations",
                "{\"householdId\":\"" + household + "\",\"asOf\":\"2022-06-01\"}");
        assertEquals(r.body, 200, r.status);
        return r.json().toString();
    }

    @Test
    public void uninstallingAndReinstallingAProgramUnderLoadLeavesTheCoreServing() throws Exception {
        String g1 = admin.post("/households", TestData.g1Household("tianshanlu", TestData.idNumber(true),
                TestData.idNumber(false), TestData.childIdNumber())).json().get("id").asText();
        String before = evaluation("dibao", g1);
        assertTrue(before, before.contains("1590.00"));
        String edgeBefore = evaluation("dibao-edge", g1);
        Map<String, Object> wirings = coreWirings();

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<String> corePaths = List.of("/health", "/households/" + g1, "/households?size=5", "/streets", "/programs",
                "/openapi.json", "/programs/rigid-expenditure");
        for (int t = 0; t < 3; t++) {
            int offset = t;
            load.submit(() -> {
                for (int i = offset; running.get(); i++) {
                    String path = corePaths.get(i % corePaths.size());
                    Http.Reply r = admin.get(path);
                    requests.incrementAndGet();
                    if (r.status >= 500) {
                        serverErrors.add(path + " -> " + r.status + " " + r.body);
                    }
                    Http.Reply eval = admin.post("/programs/dibao/evaluations", "{\"householdId\":\"" + g1 + "\"}");
                    requests.incrementAndGet();
                    if (eval.status >= 500 || (eval.status != 200 && eval.status != 404)) {
                        serverErrors.add("evaluation -> " + eval.status + " " + eval.body);
                    }
                }
            });
        }
        try {
            executeCommand("feature:uninstall doudi-program-dibao");
            Wait.until("dibao withdrawn", 60, () -> !programIds().contains("dibao"));
            Http.Reply gone = admin.post("/programs/dibao/evaluations", "{\"householdId\":\"" + g1 + "\"}");
            assertEquals(gone.body, 404, gone.status);
            assertTrue(gone.header("Content-Type").startsWith("application/problem+json"));
            assertEquals(404, admin.get("/programs/dibao").status);
            assertFalse(admin.get("/openapi.json").body.contains("/programs/dibao/evaluations"));
            Wait.until("dibao-edge, which needs the dibao standard, withdrawn too", 60,
                    () -> !programIds().contains("dibao-edge"));
            assertTrue(programIds().contains("rigid-expenditure"));
            assertEquals(200, admin.get("/households/" + g1).status);

            executeCommand("feature:install doudi-program-dibao");
            Wait.until("dibao and dibao-edge back", 60,
                    () -> programIds().containsAll(List.of("dibao", "dibao-edge")));
        } finally {
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertEquals("same decision over the same data", before, evaluation("dibao", g1));
        assertEquals(edgeBefore, evaluation("dibao-edge", g1));
        assertTrue(admin.get("/openapi.json").body.contains("/programs/dibao/evaluations"));
        assertTrue("requests under load: " + requests.get(), requests.get() >= 50);
        assertEquals(List.of(), new ArrayList<>(serverErrors));
        assertSameWirings(wirings);
    }

    @Test
    public void aProgramJarDroppedIntoDeployGoesLiveAndLeavesWhenRemoved() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.walk(Paths.get(System.getProperty("karaf.home"), "system", "org", "doudi",
                "org.doudi.program.disabilitysubsidy"))) {
            jar = files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        String household = admin.post("/households", "{\"street\":\"tianshanlu\",\"hukouAddress\":\"长宁区天山路 300 号\","
                + "\"residenceAddress\":\"长宁区天山路 300 号\",\"members\":[{\"idNumber\":\"" + TestData.idNumberBornIn(1980)
                + "\",\"name\":\"赵强\",\"relation\":\"HEAD\",\"hukouLocal\":true,\"disabilityCategory\":\"PHYSICAL\","
                + "\"disabilityGrade\":1,\"employmentStatus\":\"UNEMPLOYED\",\"tags\":[]}],\"incomes\":[],\"assets\":[],"
                + "\"expenditures\":[]}").json().get("id").asText();
        Map<String, Object> wirings = coreWirings();
        Path dropped = Paths.get(System.getProperty("karaf.home"), "deploy", jar.getFileName().toString());
        Files.copy(jar, dropped, StandardCopyOption.REPLACE_EXISTING);
        try {
            Wait.until("disability-subsidy live", 60, () -> programIds().contains("disability-subsidy"));
            Wait.until("its own endpoint", 30, () -> admin.get("/programs/disability-subsidy/eligible-grades").status == 200);
            JsonNode decision = admin.post("/programs/disability-subsidy/evaluations",
                    "{\"householdId\":\"" + household + "\",\"asOf\":\"2022-06-01\"}").json();
            assertEquals(decision.toString(), "disability-subsidy", decision.get("programId").asText());
            assertTrue(decision.toString(), decision.get("eligible").asBoolean());
            assertEquals(new BigDecimal("1330.00"), decision.get("monthlyAmount").decimalValue());
            assertTrue(admin.get("/openapi.json").body.contains("/programs/disability-subsidy/eligible-grades"));
        } finally {
            Files.delete(dropped);
        }
        Wait.until("disability-subsidy withdrawn", 60, () -> !programIds().contains("disability-subsidy"));
        assertEquals(404, admin.get("/programs/disability-subsidy/eligible-grades").status);
        assertEquals(200, admin.get("/households/" + household).status);
        assertSameWirings(wirings);
    }
}
