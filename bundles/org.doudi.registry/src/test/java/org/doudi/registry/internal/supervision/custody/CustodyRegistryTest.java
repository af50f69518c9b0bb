package org.doudi.registry.internal.supervision.custody;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Household;
import org.doudi.api.supervision.CustodyConsent;
import org.doudi.api.supervision.CustodyEnd;
import org.doudi.api.supervision.CustodyItem;
import org.doudi.api.supervision.CustodyQuery;
import org.doudi.api.supervision.CustodyRecord;
import org.doudi.api.supervision.CustodyRequest;
import org.doudi.api.supervision.StaffRelativeRelation;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeFixture;
import org.junit.Test;

/** Card and passbook custody (卡折代管备案): recording, ending, the per-street list, and the alert on staff custodians. */
public class CustodyRegistryTest {
    private final StaffRelativeFixture f = new StaffRelativeFixture();
    private final CustodyRegistry custody = new CustodyRegistry();

    public CustodyRegistryTest() throws ReflectiveOperationException {
        StaffRelativeFixture.set(custody, "jpa", f.jpa);
        StaffRelativeFixture.set(custody, "clock", f.clock);
    }

    private CustodyRequest request(Household h, String recipientId, String custodianId, String account) {
        return new CustodyRequest(h.id(), null, recipientId, "李护工", custodianId, "养老院护工", CustodyItem.CARD,
                account, LocalDate.of(2025, 1, 2), "the recipient cannot go to the bank", CustodyConsent.GUARDIAN,
                "李大", LocalDate.of(2025, 1, 2));
    }

    @Test
    public void aCustodianWhoIsAStaffMembersRegisteredRelativeIsFlaggedListedAndAudited() {
        String recipient = f.idNumber("19350101");
        Household h = f.household("tianshanlu", recipient);
        String husband = f.idNumber("19650505");
        String reg = f.register("carol", StaffRelativeRelation.SPOUSE, "李护工", husband).id();
        CustodyRecord held = custody.register(request(h, recipient, husband, "6222 0210 0111 2223 334"),
                WriteContext.of("clerk", "recorded"));
        assertFalse(held.custodianIsStaff());
        assertNull(held.custodianStaff());
        assertTrue(held.custodianIsStaffRelative());
        assertEquals("carol", held.custodianRelativeOf());
        assertEquals(reg, held.staffRegistration());
        assertTrue(f.query("SELECT reason FROM audit_event WHERE entity_id = ?", held.id()).endsWith(
                "; ALERT: the custodian is a close relative (spouse) of staff member carol (registration " + reg
                        + ")"));
        CustodyRecord unrelated = custody.register(request(h, recipient, f.idNumber("19700707"), "6222021001119999"),
                WriteContext.of("clerk", "recorded"));
        assertFalse(unrelated.custodianIsStaffRelative());
        assertEquals(List.of(held.id()), ids(new CustodyQuery(null, null, true, false, 0, 20)));
        assertEquals(List.of(unrelated.id()), ids(new CustodyQuery(null, null, false, false, 0, 20)));
        assertEquals(reg, custody.find(held.id()).orElseThrow().staffRegistration());
    }

    @Test
    public void aCustodianWhoIsStaffIsFlaggedListedAndAudited() {
        String recipient = f.idNumber("19350101");
        Household h = f.household("tianshanlu", recipient);
        String staffOwn = f.idNumber("19800202");
        String aliceOwn = f.register("alice", StaffRelativeRelation.SELF, "王丽", staffOwn).id();
        CustodyRecord held = custody.register(request(h, recipient, staffOwn, "6222 0210 0111 2223 334"),
                WriteContext.of("clerk", "recorded"));
        assertTrue(held.custodianIsStaff());
        assertEquals("alice", held.custodianStaff());
        assertFalse(held.custodianIsStaffRelative());
        assertEquals(aliceOwn, held.staffRegistration());
        assertEquals("****3334", held.account());
        assertEquals(recipient, held.recipientIdNumber());
        assertEquals("tianshanlu", held.street());
        assertTrue(f.query("SELECT reason FROM audit_event WHERE entity_id = ?", held.id())
                .endsWith("; ALERT: the custodian is staff member alice (registration " + aliceOwn + ")"));
        assertEquals(ResidentIdNumber.mask(staffOwn), held.masked().custodianIdNumber());
        assertEquals(ResidentIdNumber.mask(recipient), held.masked().recipientIdNumber());

        String relative = f.idNumber("19600606");
        CustodyRecord other = custody.register(new CustodyRequest(h.id(), h.members().get(0).personId(), null, "李大",
                relative, "son", CustodyItem.PASSBOOK, "6222021001112229999", LocalDate.of(2024, 12, 1), "dementia",
                CustodyConsent.GUARDIAN, "李大", LocalDate.of(2024, 12, 1)), WriteContext.of("clerk", null));
        assertFalse(other.custodianIsStaff());
        assertNull(other.custodianStaff());
        assertNull(other.staffRegistration());

        assertEquals(List.of(held.id()), ids(new CustodyQuery(null, null, true, false, 0, 20)));
        assertEquals(List.of(other.id()), ids(new CustodyQuery("tianshanlu", null, false, false, 0, 20)));
        assertEquals(2, custody.search(new CustodyQuery("tianshanlu", h.id(), null, false, 0, 20)).total());
        assertEquals(0, custody.search(new CustodyQuery("hongqiao", null, null, false, 0, 20)).total());

        f.register("bob", StaffRelativeRelation.SELF, "李大", relative); // the son joins the staff later
        assertEquals("bob", custody.find(other.id()).orElseThrow().custodianStaff());
        assertEquals(2, custody.search(new CustodyQuery(null, null, true, false, 0, 20)).total());
    }

    @Test
    public void aCustodyEndsOnceAndOneItemIsHeldOnceAtATime() {
        String recipient = f.idNumber("19350101");
        Household h = f.household("hongqiao", recipient);
        String custodian = f.idNumber("19700101");
        CustodyRecord c = custody.register(request(h, recipient, custodian, StaffRelativeFixture.ACCOUNT),
                WriteContext.of("clerk", null));
        assertEquals(409, status(() -> custody.register(request(h, recipient, f.idNumber("19710101"),
                StaffRelativeFixture.ACCOUNT), WriteContext.of("clerk", null))));
        assertEquals("order", invalid(() -> custody.end(c.id(), new CustodyEnd(LocalDate.of(2024, 12, 31), "back"),
                WriteContext.of("clerk", null))).violations().get(0).rule());
        CustodyRecord ended = custody.end(c.id(), new CustodyEnd(LocalDate.of(2025, 3, 1), "card returned"),
                WriteContext.of("clerk", null));
        assertFalse(ended.active());
        assertEquals(LocalDate.of(2025, 3, 1), ended.endedOn());
        assertEquals(409, status(() -> custody.end(c.id(), new CustodyEnd(null, "again"), WriteContext.of("c", null))));
        assertEquals(0, custody.search(new CustodyQuery(null, h.id(), null, false, 0, 20)).total());
        assertEquals(1, custody.search(new CustodyQuery(null, h.id(), null, true, 0, 20)).total());
        custody.register(request(h, recipient, custodian, StaffRelativeFixture.ACCOUNT), WriteContext.of("clerk", null));
    }

    @Test
    public void theRecipientIsAnActiveMemberAndTheFieldsAreChecked() {
        String recipient = f.idNumber("19350101");
        Household h = f.household("hongqiao", recipient);
        Household elsewhere = f.household("hongqiao", f.idNumber("19360101"));
        ValidationException notMember = invalid(() -> custody.register(request(elsewhere, recipient,
                f.idNumber("19700101"), StaffRelativeFixture.ACCOUNT), WriteContext.of("clerk", null)));
        assertEquals("idNumber/member", notMember.violations().get(0).field() + "/" + notMember.violations().get(0).rule());
        assertEquals("notRecipient", invalid(() -> custody.register(request(h, recipient, recipient,
                StaffRelativeFixture.ACCOUNT), WriteContext.of("clerk", null))).violations().get(0).rule());
        ValidationException empty = invalid(() -> custody.register(new CustodyRequest(h.id(), null, null, null, "1",
                null, null, "12", LocalDate.of(2030, 1, 1), null, null, null, null), WriteContext.of("clerk", null)));
        assertEquals(List.of("personId", "custodianName", "custodianIdNumber", "custodianRelation", "item", "account",
                "since", "reason", "consentBy", "consentName", "consentOn"), empty.violations().stream()
                .map(v -> v.field()).toList());
        assertEquals(404, status(() -> custody.register(new CustodyRequest("no-such-household", null, recipient, "x",
                f.idNumber("19700101"), "son", CustodyItem.CARD, StaffRelativeFixture.ACCOUNT, LocalDate.of(2025, 1, 1),
                "why", CustodyConsent.RECIPIENT, "x", LocalDate.of(2025, 1, 1)), WriteContext.of("clerk", null))));
    }

    private List<String> ids(CustodyQuery q) {
        return custody.search(q).items().stream().map(CustodyRecord::id).toList();
    }

    static ValidationException invalid(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        fail("not refused");
        return null;
    }

    static int status(Runnable r) {
        try {
            r.run();
        } catch (DoudiException e) {
            return e.status();
        }
        fail("not refused");
        return 0;
    }
}
