package org.doudi.soap.internal;

import static org.doudi.soap.internal.PartnerEndpointTest.as;
import static org.doudi.soap.internal.PartnerEndpointTest.stub;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.api.Digests;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.audit.LookupAudit;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentQuery;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.monitoring.MonitoringService;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.security.Caller;
import org.doudi.soap.internal.contract.GetAssistanceStatus;
import org.doudi.soap.internal.contract.GetAssistanceStatusResponse;
import org.doudi.soap.internal.contract.ProgramEnrolment;
import org.junit.Test;

/**
 * GetAssistanceStatus: a living member's household as before, a person who died as a member found with the
 * enrolments that covered them DECEASED, and a partner's lookup audited by the household read or, when no household is
 * found, by the ID number's SHA-256.
 */
public class AssistanceStatusTest {
    private static final Caller ADMIN = new Caller("admin", Set.of("district-admin"), null);
    private static final Caller PARTNER = new Caller("hr-bureau", Set.of("partner"), null);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate DIED = LocalDate.of(2026, 10, 15);

    private final String living = idNumber("19500101");
    private final String dead = idNumber("19400202");
    private final String movedOut = idNumber("19800303");
    private final String unknown = idNumber("19900404");
    private final Household household = household("H1", List.of(member("P1", living, null, null),
            member("P2", dead, DIED, EndReason.DECEASED), member("P3", movedOut, LocalDate.of(2026, 5, 1),
                    EndReason.MOVED_OUT)));
    private final List<Enrolment> enrolments = List.of(
            enrolment("E1", "dibao", YearMonth.of(2026, 1), EnrolmentStatus.ACTIVE, null, LocalDate.of(2026, 1, 1)),
            enrolment("E2", "dibao-edge", YearMonth.of(2025, 1), EnrolmentStatus.TERMINATED,
                    TerminationReason.INELIGIBLE, LocalDate.of(2026, 3, 1)),
            enrolment("E3", "special-hardship", YearMonth.of(2026, 11), EnrolmentStatus.ACTIVE, null,
                    LocalDate.of(2026, 11, 1)),
            enrolment("E4", "temporary-relief", YearMonth.of(2026, 9), EnrolmentStatus.SUSPENDED,
                    TerminationReason.PENDING_VERIFICATION, LocalDate.of(2026, 10, 20)));
    private final List<String> reads = new ArrayList<>();
    private final List<String> lookups = new ArrayList<>();

    private final PartnerEndpoint endpoint = new PartnerEndpoint(new PartnerEndpoint.Services(
            stub(HouseholdService.class, Map.of(
                    "search", a -> {
                        String id = ((HouseholdQuery) a[0]).idNumber();
                        List<Household> found = household.members().stream()
                                .anyMatch(m -> m.endedOn() == null && id.equals(m.idNumber())) ? List.of(household)
                                : List.of();
                        return new Page<>(found, 0, 1, found.size());
                    },
                    "findByMember", a -> household.members().stream().anyMatch(m -> a[0].equals(m.idNumber()))
                            ? List.of(household) : List.of(),
                    "recordRead", a -> reads.add(a[0] + "|" + a[1] + "|" + a[2]))),
            stub(EnrolmentService.class, Map.of("search", a -> {
                assertEquals("H1", ((EnrolmentQuery) a[0]).householdId());
                return new Page<>(enrolments, 0, 200, enrolments.size());
            })),
            stub(MonitoringService.class, Map.of()),
            stub(ReferralService.class, Map.of()),
            stub(ResourceService.class, Map.of()),
            PartnerEndpointTest.agreements(""),
            stub(DoudiClock.class, Map.of("today", a -> TODAY)),
            stub(LookupAudit.class, Map.of("recordLookup", a -> lookups.add(a[0] + "|" + a[1] + "|" + a[2])))));

    @Test
    public void aLivingMembersHouseholdListsEveryEnrolmentAsItStands() throws Exception {
        GetAssistanceStatusResponse r = as(ADMIN, () -> endpoint.getAssistanceStatus(status(living)));
        assertTrue(r.isRegistered());
        assertEquals("H1", r.getHouseholdId());
        assertEquals(living, r.getIdNumber());
        assertNull("a living member is not marked", r.isDeceased());
        assertEquals(List.of("dibao ACTIVE 2026-01-01", "dibao-edge TERMINATED 2026-03-01",
                "special-hardship ACTIVE 2026-11-01", "temporary-relief SUSPENDED 2026-10-20"), programs(r));
        assertTrue("staff reads are not audited here", reads.isEmpty() && lookups.isEmpty());

        as(PARTNER, () -> endpoint.getAssistanceStatus(status(living)));
        assertEquals(List.of("H1|hr-bureau|" + PartnerEndpoint.PARTNER_READ), reads);
        assertTrue(lookups.isEmpty());
    }

    @Test
    public void aPersonWhoDiedAsAMemberIsRegisteredWithTheEnrolmentsThatCoveredThemDeceased() throws Exception {
        GetAssistanceStatusResponse r = as(PARTNER, () -> endpoint.getAssistanceStatus(status(dead)));
        assertTrue(r.isRegistered());
        assertEquals(Boolean.TRUE, r.isDeceased());
        assertEquals("H1", r.getHouseholdId());
        assertEquals(ResidentIdNumber.mask(dead), r.getIdNumber());
        assertEquals("granted after the death, or ended before it, did not cover them",
                List.of("dibao DECEASED 2026-10-15", "temporary-relief DECEASED 2026-10-15"), programs(r));
        assertEquals(List.of("H1|hr-bureau|" + PartnerEndpoint.PARTNER_READ), reads);
        assertTrue(lookups.isEmpty());

        assertEquals(dead, as(ADMIN, () -> endpoint.getAssistanceStatus(status(dead))).getIdNumber());
    }

    @Test
    public void aPartnersLookupOfNobodyIsAuditedUnderTheDigestOfTheNumber() throws Exception {
        GetAssistanceStatusResponse r = as(PARTNER, () -> endpoint.getAssistanceStatus(status(unknown)));
        assertFalse(r.isRegistered());
        assertNull(r.getHouseholdId());
        assertNull(r.isDeceased());
        assertTrue(r.getProgram().isEmpty());
        assertEquals(List.of("hr-bureau|" + PartnerEndpoint.PARTNER_LOOKUP + "|" + Digests.sha256(unknown)), lookups);
        assertFalse("never the number itself", lookups.get(0).contains(unknown));

        assertFalse("someone who moved out is not registered here",
                as(PARTNER, () -> endpoint.getAssistanceStatus(status(movedOut))).isRegistered());
        assertEquals(Digests.sha256(movedOut), lookups.get(1).substring(lookups.get(1).lastIndexOf('|') + 1));
        assertTrue(reads.isEmpty());

        as(ADMIN, () -> endpoint.getAssistanceStatus(status(unknown)));
        assertEquals("staff lookups are not partner lookups", 2, lookups.size());
    }

    @Test
    public void theLatestMembershipInTheHouseholdDecides() {
        Household h = household("H2", List.of(member("P1", dead, LocalDate.of(2020, 1, 1), EndReason.MOVED_OUT),
                member("P2", dead, DIED, EndReason.DECEASED)));
        assertEquals(DIED, PartnerEndpoint.diedOn(h, dead));
        Household back = household("H3", List.of(member("P1", dead, DIED, EndReason.DECEASED),
                member("P2", dead, null, null)));
        assertNull("a current membership is no death", PartnerEndpoint.diedOn(back, dead));
        assertNull(PartnerEndpoint.diedOn(household, movedOut));
    }

    private static List<String> programs(GetAssistanceStatusResponse r) {
        return r.getProgram().stream().map(AssistanceStatusTest::text).toList();
    }

    private static String text(ProgramEnrolment p) {
        return p.getProgramId() + " " + p.getStatus() + " " + p.getSince().toXMLFormat();
    }

    private static GetAssistanceStatus status(String idNumber) {
        GetAssistanceStatus s = new GetAssistanceStatus();
        s.setIdNumber(idNumber);
        return s;
    }

    private static String idNumber(String birth) {
        String first17 = "310105" + birth + "123";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static Member member(String personId, String idNumber, LocalDate endedOn, EndReason reason) {
        return new Member(personId, idNumber, null, "成员", Relation.OTHER, null, null, true, null, null, null, null,
                null, null, null, List.of(), endedOn, reason);
    }

    private static Household household(String id, List<Member> members) {
        return new Household(id, "tianshanlu", null, null, null, null, null, members, null, null, null, null, null,
                null, null, null, null, null, null, null, 1L, null, null, null);
    }

    private static Enrolment enrolment(String id, String programId, YearMonth start, EnrolmentStatus status,
            TerminationReason reason, LocalDate since) {
        return new Enrolment(id, "H1", programId, "C-" + id, "tianshanlu", new BigDecimal("1330.00"), start, null,
                null, status, reason, since, Enrolment.beneficiaryStatus(status, reason), List.of(), 1L);
    }
}
