package org.doudi.registry.internal.screening;

import static org.doudi.registry.internal.bulk.RegistryFixture.TODAY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.Page;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.monitoring.ScreeningCandidate;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.RuleOutcome;
import org.doudi.registry.internal.FiguresPolicy;
import org.doudi.registry.internal.HouseholdFigures;
import org.doudi.registry.internal.bulk.HouseholdStream;
import org.doudi.registry.internal.bulk.RegistryFixture;
import org.doudi.registry.internal.bulk.SampleHouseholds;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ScreeningPassTest {
    private static final LocalDate REFUSED_ON = LocalDate.of(2024, 3, 12);

    private RegistryFixture registry;
    private String poor;
    private String enrolled;
    private String refusedBefore;
    private String tooRich;
    private String withACar;
    private String broken;
    private String overturned;
    private String noIncome;

    @Before
    public void setUp() {
        registry = new RegistryFixture();
        poor = registry.register(SampleHouseholds.single("tianshanlu", 1, "1200.00", "5000.00"));
        enrolled = registry.register(SampleHouseholds.single("tianshanlu", 2, "1200.00", null));
        String granted = registry.caseFile(enrolled, "dibao", CaseStatus.GRANTED, TODAY.minusMonths(5), null);
        registry.enrolment(enrolled, "dibao", granted, EnrolmentStatus.ACTIVE, null, TODAY.minusMonths(5),
                YearMonth.from(TODAY.minusMonths(4)));
        // refused in March under the old standard (1,420): 1,450 a month was too much; under 1,510 it is not
        refusedBefore = registry.register(SampleHouseholds.single("xinjing", 3, "1450.00", "20000.00"));
        registry.caseFile(refusedBefore, "dibao", CaseStatus.REFUSED, REFUSED_ON.minusMonths(14), decision(
                refusedBefore, REFUSED_ON.minusMonths(14), false, true));
        registry.caseFile(refusedBefore, "dibao", CaseStatus.REFUSED, REFUSED_ON, decision(refusedBefore, REFUSED_ON,
                false, true));
        registry.caseFile(refusedBefore, "dibao-edge", CaseStatus.REFUSED, REFUSED_ON.plusMonths(1), null);
        tooRich = registry.register(SampleHouseholds.single("tianshanlu", 4, "2500.00", null));
        withACar = registry.register(SampleHouseholds.family("hongqiao"));
        broken = registry.register(SampleHouseholds.single("xinjing", 6, "1000.00", null));
        overturned = registry.register(SampleHouseholds.single("xinjing", 7, "1000.00", null));
        registry.overturn(registry.caseFile(overturned, "dibao", CaseStatus.REFUSED, REFUSED_ON, decision(overturned,
                REFUSED_ON, true, false)));
        noIncome = registry.register(SampleHouseholds.single("hongqiao", 8, null, null));
    }

    @After
    public void tearDown() {
        registry.close();
    }

    private static ProgramDecision decision(String household, LocalDate on, boolean incomePassed, boolean assetsPassed) {
        return new ProgramDecision("dibao", "1", household, on, false, new BigDecimal("0.00"), List.of(), List.of(
                RuleOutcome.of("income", incomePassed, "income", Map.of()),
                RuleOutcome.of("monetary-assets", assetsPassed, "assets", Map.of()),
                RuleOutcome.pass("vehicles", "none", Map.of())), null, Map.of());
    }

    private RecordingJobRun job(String street) {
        RecordingJobRun run = new RecordingJobRun("screening-1", Map.of("programId", "dibao", "asOf", TODAY.toString()),
                null);
        run.street = street;
        return run;
    }

    private String screen(RecordingJobRun run, AssistanceProgram program, int chunk) throws Exception {
        ScreeningSettings settings = ScreeningSettings.of(run.parameters, run.street);
        HouseholdScreening screening = new HouseholdScreening(program,
                (h, asOf) -> HouseholdFigures.withFigures(h, asOf, FiguresPolicy.DEFAULT), settings.asOf());
        return new ScreeningPass(registry.dataSource, new HouseholdStream(registry.dataSource, registry.streets, chunk),
                screening, settings, run).run();
    }

    private FakeDibao failingOnBroken() {
        return new FakeDibao(h -> h.id().equals(broken), "2023-07-01:1420.00, 2024-07-01:1510.00");
    }

    private Page<ScreeningCandidate> candidates(String street, int page, int size) throws Exception {
        return new CandidateQueries(registry.dataSource).page("screening-1", street, page, size);
    }

    private static ScreeningCandidate of(Page<ScreeningCandidate> page, String household) {
        return page.items().stream().filter(c -> c.householdId().equals(household)).findFirst().orElse(null);
    }

    @Test
    public void findsTheEligibleNotEnrolledAndMarksThoseRefusedBefore() throws Exception {
        RecordingJobRun run = job(null);
        String summary = screen(run, failingOnBroken(), 3);

        Page<ScreeningCandidate> all = candidates(null, 0, 100);
        assertEquals(List.of(noIncome, poor, overturned, refusedBefore).stream().sorted().collect(Collectors.toList()),
                all.items().stream().map(ScreeningCandidate::householdId).sorted().collect(Collectors.toList()));
        ScreeningCandidate p = of(all, poor);
        assertEquals(new ScreeningCandidate("screening-1", poor, "tianshanlu", 1, new BigDecimal("1200.00"),
                new BigDecimal("310.00"), false, null, null), p);
        ScreeningCandidate r = of(all, refusedBefore);
        assertEquals(new ScreeningCandidate("screening-1", refusedBefore, "xinjing", 1, new BigDecimal("1450.00"),
                new BigDecimal("60.00"), true, REFUSED_ON, "income"), r); // the last refusal, and for dibao only
        assertFalse(of(all, overturned).previouslyRefused()); // set aside on review: no refusal
        assertEquals(new BigDecimal("1510.00"), of(all, noIncome).monthlyAmount());
        assertNull(of(all, enrolled));
        assertNull(of(all, tooRich));
        assertNull(of(all, withACar)); // income low enough, but the spouse's car

        assertEquals(Long.valueOf(8), run.counts.get("households"));
        assertEquals(Long.valueOf(4), run.counts.get("candidates"));
        assertEquals(Long.valueOf(1), run.counts.get("previouslyRefused"));
        assertEquals(Long.valueOf(2), run.counts.get("candidates.xinjing"));
        assertEquals(Long.valueOf(1), run.counts.get("failed"));
        assertEquals(1, run.errors.size());
        assertEquals(broken, run.errors.get(0).ref());
        assertEquals("disabilityGrade: 7 is out of range 1–4", run.errors.get(0).reason());
        assertEquals(8, run.total);
        assertEquals(8, run.processed);
        assertEquals(8, run.checkpoint);
        assertEquals("dibao as of 2024-10-15 in the district: 8 households screened, 4 may now qualify (1 refused"
                + " before), 1 could not be evaluated", summary);
    }

    @Test
    public void aStreetScreensOnlyItsHouseholds() throws Exception {
        RecordingJobRun run = job("xinjing");
        screen(run, failingOnBroken(), 2);
        assertEquals(3, run.total);
        assertEquals(Long.valueOf(3), run.counts.get("households"));
        assertEquals(List.of(overturned, refusedBefore).stream().sorted().collect(Collectors.toList()),
                candidates(null, 0, 100).items().stream().map(ScreeningCandidate::householdId)
                        .collect(Collectors.toList()));
    }

    @Test
    public void aRestartResumesAfterTheLastCommittedChunk() throws Exception {
        RecordingJobRun run = job(null);
        run.cancelAfterCheckpoints = 2; // the server stops after two chunks of three
        assertTrue(screen(run, failingOnBroken(), 3).startsWith("stopped: "));
        assertEquals(6, run.checkpoint);
        long firstPart = candidates(null, 0, 100).total();

        run.cancelAfterCheckpoints = Integer.MAX_VALUE; // the job runs again from its checkpoint
        screen(run, failingOnBroken(), 3);
        assertEquals(8, run.checkpoint);
        assertEquals(Long.valueOf(8), run.counts.get("households"));
        assertEquals(Long.valueOf(4), run.counts.get("candidates"));
        assertEquals(1, run.errors.size());
        assertEquals(4, candidates(null, 0, 100).total());
        assertTrue("the first part committed only its own candidates", firstPart <= 4);
    }

    @Test
    public void candidatesArePagedByStreetThenHousehold() throws Exception {
        screen(job(null), failingOnBroken(), 100);
        Page<ScreeningCandidate> first = candidates(null, 0, 3);
        Page<ScreeningCandidate> second = candidates(null, 1, 3);
        assertEquals(4, first.total());
        assertEquals(3, first.items().size());
        assertEquals(List.of("hongqiao", "tianshanlu", "xinjing"), first.items().stream().map(ScreeningCandidate::street)
                .collect(Collectors.toList()));
        assertEquals(List.of("xinjing"), second.items().stream().map(ScreeningCandidate::street)
                .collect(Collectors.toList()));
        assertEquals(List.of(noIncome), candidates("hongqiao", 0, 10).items().stream()
                .map(ScreeningCandidate::householdId).collect(Collectors.toList()));
        assertEquals(0, candidates("hongqiao", 1, 10).items().size());
    }

    @Test
    public void aProgramWithNoStandardInForceFailsTheScreening() throws Exception {
        try {
            screen(job(null), new FakeDibao(h -> false, "2025-01-01:1600.00"), 3);
            fail("screened with no standard in force");
        } catch (HouseholdScreening.ProgramFailure e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("dibao cannot evaluate on 2024-10-15: "));
        }
        assertEquals(0, candidates(null, 0, 10).total());
    }

    @Test
    public void aMisconfiguredProgramFailsTheScreening() throws Exception {
        try { // a standard written without its colon: the program answers 503 for every household
            screen(job(null), new FakeDibao(h -> false, "2023-07-01:1420.00, 2024-07-01 1510.00"), 3);
            fail("screened with a misconfigured program");
        } catch (HouseholdScreening.ProgramFailure e) {
            assertTrue(e.getMessage(), e.getMessage().contains("is misconfigured"));
        }
    }
}
