package org.doudi.program.temporaryrelief.internal;

import static org.doudi.program.temporaryrelief.internal.Fixtures.DISTRICT;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TIANSHAN;
import static org.doudi.program.temporaryrelief.internal.Fixtures.TODAY;
import static org.doudi.program.temporaryrelief.internal.Fixtures.household;
import static org.doudi.program.temporaryrelief.internal.Fixtures.idNumber;
import static org.doudi.program.temporaryrelief.internal.Fixtures.member;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.doudi.api.DoudiException;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.junit.Test;

/** The program: its info, the normal case's rules, and its configuration. */
public class TemporaryReliefProgramTest {
    private static final Household TWO = household("h2", TIANSHAN, member("p1", idNumber(41), "张伟"),
            member("p2", idNumber(42), "李娜"));
    private final FakeRecordStore store = new FakeRecordStore();
    private final TemporaryReliefProgram program = new TemporaryReliefProgram(Fixtures.parameters(Map.of()), store,
            "test");

    @Test
    public void info() {
        ProgramInfo i = program.info();
        assertEquals("temporary-relief", i.id());
        assertEquals("临时救助", i.nameZh());
        assertEquals("temporary relief", i.nameEn());
        assertFalse(i.paysMonthlyCash());
        assertEquals(0, i.reviewIntervalMonths());
        assertEquals(List.of("APPLICATION", "ID_CARD_AND_HUKOU", "URGENT_EVENT_PROOF", "HARDSHIP_VERIFICATION"),
                i.evidence().stream().map(e -> e.code()).toList());
    }

    @Test
    public void withoutAnUrgentEventOnRecordTheNormalCaseIsNotEligible() {
        ProgramDecision d = program.evaluate(TWO, TODAY);
        assertFalse(d.eligible());
        assertEquals("2 active members on 2024-10-01", reason(d, "active-members").detail());
        assertEquals("no urgent event on record for the household from 2024-07-03 to 2024-10-01 (90 days); record it "
                + "first: POST /api/programs/temporary-relief/urgent-events", reason(d, "urgent-event").detail());
    }

    @Test
    public void anUrgentEventWithinNinetyDaysMakesItEligibleCaseByCase() {
        UrgentEvent e = new UrgentEvents(store, Fixtures.households(TWO), program.parameters(), TODAY).record(new UrgentEventRequest("h2",
                EventType.FIRE, LocalDate.of(2024, 7, 3), "kitchen fire, flat unusable"), DISTRICT);
        ProgramDecision d = program.evaluate(TWO, TODAY);
        assertTrue(d.eligible());
        assertEquals("urgent event on record: urgent-event " + e.id() + " of 2024-07-03, within 90 days before "
                + "2024-10-01 (from 2024-07-03)", reason(d, "urgent-event").detail());
        assertEquals(new BigDecimal("0.00"), d.monthlyAmount());
        assertEquals("decided case by case (一事一议)", d.breakdown().get(0).detail());
        assertFalse(program.evaluate(TWO, LocalDate.of(2024, 10, 2)).eligible());
    }

    @Test
    public void anUrgentEventOlderThanUrgentEventDaysIsRefused() {
        UrgentEvents events = new UrgentEvents(store, Fixtures.households(TWO), program.parameters(), TODAY);
        DoudiException e = SmallGrantsTest.refusal(() -> events.record(new UrgentEventRequest("h2", EventType.FIRE,
                LocalDate.of(2024, 7, 2), "kitchen fire, flat unusable"), DISTRICT));
        assertEquals(List.of("eventDate:tooOld"), SmallGrantsTest.fields((org.doudi.api.ValidationException) e));
        assertEquals("must not be before 2024-07-03 (urgentEventDays: 90 days before today, 2024-10-01), was "
                + "2024-07-02", ((org.doudi.api.ValidationException) e).violations().get(0).message());
        UrgentEvents shorter = new UrgentEvents(store, Fixtures.households(TWO), Fixtures.parameters(Map.of(
                "urgentEventDays", "2021-07-01:90, 2024-09-01:30")), TODAY);
        assertEquals(List.of("eventDate:tooOld"), SmallGrantsTest.fields(SmallGrantsTest.refusal(() ->
                shorter.record(new UrgentEventRequest("h2", EventType.FIRE, LocalDate.of(2024, 8, 31), "fire"),
                        DISTRICT))));
        shorter.record(new UrgentEventRequest("h2", EventType.FIRE, LocalDate.of(2024, 9, 1), "fire"), DISTRICT);
        assertEquals(1, store.records.size());
    }

    @Test
    public void aSmallGrantCountsAsTheEventUnlessItsReviewRevokedIt() {
        SmallGrant g = new SmallGrants(store, Fixtures.households(TWO), program.parameters(), TODAY).grant(
                SmallGrantsTest.request("h2", "1000.00", EventType.ACCIDENT, TODAY.minusDays(5)), DISTRICT);
        assertTrue(program.evaluate(TWO, TODAY).eligible());
        new SmallGrants(store, Fixtures.households(TWO), program.parameters(), TODAY).review(g.id(),
                new ReviewRequest(TODAY, ReviewMethod.CASE_BY_CASE, ReviewOutcome.REVOKED, "event not confirmed",
                        null), DISTRICT);
        assertFalse(program.evaluate(TWO, TODAY).eligible());
    }

    @Test
    public void aHouseholdWithoutActiveMembersIsNotEligible() {
        Household gone = household("h9", TIANSHAN, Fixtures.ended(member("p9", idNumber(49), "孙明"),
                TODAY.minusDays(1)));
        assertEquals("no active member on 2024-10-01", reason(program.evaluate(gone, TODAY), "active-members")
                .detail());
    }

    @Test
    public void aBrokenConfigurationIsAProblemNotAnAmount() {
        ProgramParameters p = Fixtures.parameters(Map.of("reviewDueDays", "2021-07-01:30.5", "reliefStation", " "));
        assertEquals(List.of("reviewDueDays: 30.5 (from 2021-07-01) must be a whole number of days from 0 to 3650",
                "reliefStation: the relief station's name is empty"), p.problems());
        try {
            p.valueOn("capPerPerson", TODAY);
        } catch (DoudiException e) {
            assertEquals(503, e.status());
            return;
        }
        throw new AssertionError("a misconfigured program must answer 503");
    }

    @Test
    public void negativeDayCountsAreProblemsNamingTheParameter() {
        ProgramParameters p = Fixtures.parameters(Map.of("duplicateWindowDays", "2021-07-01:-5",
                "reviewDueDays", "2021-07-01:30, 2024-01-01:-1"));
        assertEquals(2, p.problems().size());
        assertTrue(p.problems().toString(), p.problems().get(0).startsWith("duplicateWindowDays: "));
        assertTrue(p.problems().toString(), p.problems().get(1).startsWith("reviewDueDays: "));
        assertMisconfigured(p, "duplicateWindowDays");
    }

    @Test
    public void theCapPerPersonMustBePositiveWithAtMostTwoDecimals() {
        assertEquals(List.of("capPerPerson: 0 (from 2021-07-01) must be more than 0 yuan with at most two decimals",
                "capPerPerson: 500.005 (from 2024-01-01) must be more than 0 yuan with at most two decimals"),
                Fixtures.parameters(Map.of("capPerPerson", "2021-07-01:0, 2022-01-01:500.50, 2024-01-01:500.005"))
                        .problems());
        assertMisconfigured(Fixtures.parameters(Map.of("capPerPerson", "2021-07-01:0.00")), "capPerPerson");
        assertEquals(List.of(), Fixtures.parameters(Map.of("capPerPerson", "2021-07-01:500.500")).problems());
    }

    @Test
    public void aMisconfiguredCapRefusesGrantsWith503AndDoesNotThrowOnActivation() {
        TemporaryReliefProgram p = new TemporaryReliefProgram(Fixtures.parameters(Map.of("capPerPerson",
                "2021-07-01:0")), store, "test");
        DoudiException e = SmallGrantsTest.conflict(() -> new SmallGrants(store, Fixtures.households(TWO),
                p.parameters(), TODAY).grant(SmallGrantsTest.request("h2", "100.00", EventType.FIRE, TODAY),
                DISTRICT));
        assertEquals(503, e.status());
        assertTrue(e.getMessage(), e.getMessage().contains("capPerPerson"));
        assertTrue(store.records.isEmpty());
    }

    private static void assertMisconfigured(ProgramParameters p, String parameter) {
        try {
            p.requireUsable();
        } catch (DoudiException e) {
            assertEquals(503, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains(parameter));
            return;
        }
        throw new AssertionError("a misconfigured program must answer 503");
    }

    @Test
    public void shippedConfigurationEqualsTheDefaults() throws Exception {
        Properties cfg = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(
                Paths.get("src/main/cfg/org.doudi.program.temporaryrelief.cfg")), StandardCharsets.UTF_8)) {
            cfg.load(r);
        }
        ProgramParameters defaults = Fixtures.parameters(Map.of());
        assertEquals(List.of(), defaults.problems());
        assertEquals(defaults.series().size() + 1, cfg.size());
        defaults.series().forEach(s -> assertEquals(s.name(), s.text(), cfg.getProperty(s.name())));
        assertEquals(Fixtures.config(Map.of()).reliefStation(), cfg.getProperty("reliefStation"));
        assertEquals(new BigDecimal("500.00"), defaults.valueOn("capPerPerson", TODAY));
    }

    private static RuleOutcome reason(ProgramDecision d, String rule) {
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }
}
