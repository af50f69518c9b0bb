package org.doudi.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.Digests;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.registry.internal.supervision.filecheck.SupervisionFixture;
import org.junit.Test;

/**
 * On a real database: the households a person is or was a member of (a death or a move does not hide them, the
 * newest membership comes first), and the audited lookup that found no household (under the number's SHA-256 only).
 */
public class MembershipLookupTest {
    private static final WriteContext STAFF = WriteContext.of("staff.zhao", null);

    private final SupervisionFixture f = new SupervisionFixture();
    private final HouseholdRegistry households = f.households;

    @Test
    public void endedMembershipsAreFoundNewestFirstAndCurrentOnesBeforeThem() {
        String head = f.idNumber("19500101");
        String person = f.idNumber("19600202");
        String mover = f.idNumber("19700707");
        Household first = f.household("tianshanlu", head, person, mover);
        households.endMember(first.id(), personId(first, person), LocalDate.of(2024, 3, 1), EndReason.MOVED_OUT,
                STAFF);
        Household second = f.household("tianshanlu", f.idNumber("19550303"));
        second = households.addMember(second.id(), member(person), STAFF);
        households.endMember(second.id(), personId(second, person), LocalDate.of(2024, 10, 1), EndReason.DECEASED,
                STAFF);

        assertEquals("the search finds current members only", 0, households.search(new HouseholdQuery(null, person,
                null, 0, 10)).total());
        List<Household> found = households.findByMember(person, 10);
        assertEquals(List.of(second.id(), first.id()), found.stream().map(Household::id).toList());
        Member died = found.get(0).members().stream().filter(m -> person.equals(m.idNumber())).findFirst()
                .orElseThrow();
        assertEquals(EndReason.DECEASED, died.endReason());
        assertEquals(LocalDate.of(2024, 10, 1), died.endedOn());
        assertEquals(List.of(second.id()), households.findByMember(" " + person.toLowerCase() + " ", 1).stream()
                .map(Household::id).toList());

        assertEquals(List.of(first.id()), households.findByMember(head, 5).stream().map(Household::id).toList());
        assertEquals(List.of(first.id()), households.findByMember(mover, 5).stream().map(Household::id).toList());
        households.endMember(first.id(), personId(first, mover), LocalDate.of(2024, 11, 1), EndReason.MOVED_OUT,
                STAFF);
        Household third = households.addMember(f.household("tianshanlu", f.idNumber("19570404")).id(),
                member(mover), STAFF);
        assertEquals("a current membership first, before the one that ended",
                List.of(third.id(), first.id()), households.findByMember(mover, 5).stream().map(Household::id)
                        .toList());

        assertTrue(households.findByMember(f.idNumber("19800505"), 5).isEmpty());
        assertTrue(households.findByMember(null, 5).isEmpty());
        assertTrue(households.findByMember(person, 0).isEmpty());
    }

    @Test
    public void aLookupWithoutAHouseholdIsAuditedUnderTheNumbersDigestOnly() {
        LookupAuditLog lookups = new LookupAuditLog();
        SupervisionFixture.set(lookups, "jpa", f.jpa);
        SupervisionFixture.set(lookups, "clock", f.clock);
        f.household("tianshanlu", f.idNumber("19500101"));
        String unknown = f.idNumber("19800505");
        String digest = Digests.sha256(unknown);

        lookups.recordLookup("hr-bureau", "partner lookup (SOAP)", digest);

        assertEquals(List.of("HOUSEHOLD_LOOKUP"), f.auditActions(digest));
        assertEquals("hr-bureau|id-number-sha256|partner lookup (SOAP)", f.query("SELECT actor || '|' || entity_type"
                + " || '|' || reason FROM audit_event WHERE entity_id = ?", digest));
        try {
            lookups.recordLookup("hr-bureau", "partner lookup (SOAP)", unknown);
            fail("a plain ID number was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("SHA-256"));
        }
        assertEquals("the plain number is never written", "0", f.query("SELECT COUNT(*) FROM audit_event"
                + " WHERE entity_id = ? OR reason LIKE ?", unknown, "%" + unknown + "%"));
        assertEquals("the digest chains like any other entry", f.query("SELECT event_hash FROM audit_event WHERE id ="
                + " (SELECT MAX(id) FROM audit_event WHERE entity_id <> ?)", digest), f.query("SELECT prev_hash FROM"
                + " audit_event WHERE entity_id = ?", digest));
    }

    private static String personId(Household h, String idNumber) {
        return h.members().stream().filter(m -> idNumber.equals(m.idNumber()) && m.endedOn() == null).findFirst()
                .orElseThrow().personId();
    }

    private static Member member(String idNumber) {
        return new Member(null, idNumber, null, "迁入成员", Relation.OTHER, null, null, true, null, null, null, null,
                null, null, null, List.of(), null, null);
    }
}
