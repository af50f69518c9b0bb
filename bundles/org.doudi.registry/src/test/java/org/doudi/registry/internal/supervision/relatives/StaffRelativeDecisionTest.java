package org.doudi.registry.internal.supervision.relatives;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.AppealKind;
import org.doudi.api.casework.AppealOutcome;
import org.doudi.api.casework.AppealOutcomeRequest;
import org.doudi.api.casework.AppealRequest;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.EnrolmentStatusChange;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Household;
import org.doudi.api.supervision.StaffRelative;
import org.doudi.api.supervision.StaffRelativeEnd;
import org.doudi.api.supervision.StaffRelativeRelation;
import org.doudi.api.casework.ExtensionReason;
import org.doudi.api.casework.ExtensionRequest;
import org.doudi.api.casework.ObjectionRequest;
import org.doudi.api.monitoring.WarningAssignment;
import org.doudi.api.monitoring.WarningStatus;
import org.doudi.api.monitoring.WarningVerification;
import org.doudi.registry.internal.monitoring.WarningRegistry;
import org.junit.Test;

/**
 * The conflict refusal (近亲属备案, no 人情保): the staff member who registered a household member as a close relative
 * (or as themselves) cannot take any step of its case (every transition, the extension, an objection or appeal), change
 * its enrolment, or assign, be assigned or verify its warning; another member of staff can; an ended registration blocks nothing; the refused step writes nothing.
 */
public class StaffRelativeDecisionTest {
    private final StaffRelativeFixture f = new StaffRelativeFixture();

    @Test
    public void theRelativesStaffMemberCannotDecideAndAnotherCan() {
        String wife = f.idNumber("19700101");
        StaffRelative reg = f.register("alice", StaffRelativeRelation.SPOUSE, "王芳", wife);
        Household h = f.household("tianshanlu", f.idNumber("19680505"), wife);
        String id = f.onPublicNotice(h).id();

        DoudiException refused = refused(() -> f.move(id, CaseStatus.CONFIRMED, "2025-03-14", "alice"));
        assertEquals("alice registered spouse " + ResidentIdNumber.mask(wife) + " as a close relative (registration "
                + reg.id() + "); it must be handled by someone else", refused.getMessage());
        assertEquals("nothing written", CaseStatus.PUBLIC_NOTICE, f.cases.find(id).orElseThrow().status());
        assertEquals(CaseStatus.CONFIRMED, f.move(id, CaseStatus.CONFIRMED, "2025-03-14", "bob").status());
        refused(() -> f.move(id, CaseStatus.GRANTED, "2025-03-17", "alice"));
        CaseFile granted = f.move(id, CaseStatus.GRANTED, "2025-03-17", "bob");
        assertNotNull(granted.enrolmentId());

        EnrolmentStatusChange suspend = new EnrolmentStatusChange(EnrolmentStatus.SUSPENDED,
                TerminationReason.PENDING_VERIFICATION, "2025-03-20", "checking");
        refused(() -> f.enrolments.changeStatus(granted.enrolmentId(), suspend, WriteContext.of("alice", "x")));
        assertEquals(EnrolmentStatus.ACTIVE, f.enrolments.find(granted.enrolmentId()).orElseThrow().status());
        assertEquals(EnrolmentStatus.SUSPENDED, f.enrolments.changeStatus(granted.enrolmentId(), suspend,
                WriteContext.of("bob", "x")).status());

        f.cases.fileAppeal(id, new AppealRequest(AppealKind.REVIEW, "2025-03-24", "the amount is too low"),
                WriteContext.of("clerk", "filed"));
        AppealOutcomeRequest upheld = new AppealOutcomeRequest(AppealOutcome.UPHELD, "2025-03-28", "amount right");
        refused(() -> f.cases.decideAppeal(id, 1, upheld, WriteContext.of("alice", "x")));
        f.cases.decideAppeal(id, 1, upheld, WriteContext.of("bob", "x"));
    }

    @Test
    public void everyStepOfTheCaseIsRefusedNotOnlyTheDecision() {
        String son = f.idNumber("19950303");
        StaffRelative reg = f.register("alice", StaffRelativeRelation.CHILD, "李强", son);
        Household h = f.household("tianshanlu", son);
        String id = f.openCase(h).id();
        DoudiException verifying = refused(() -> f.move(id, CaseStatus.VERIFYING, "2025-03-04", "alice"));
        assertEquals("alice registered child " + ResidentIdNumber.mask(son) + " as a close relative (registration "
                + reg.id() + "); it must be handled by someone else", verifying.getMessage());
        refused(() -> f.move(id, CaseStatus.WITHDRAWN, "2025-03-04", "alice"));
        refused(() -> f.cases.extend(id, new ExtensionRequest(ExtensionReason.values()[0], "more time", "2025-03-04"),
                WriteContext.of("alice", "x")));
        assertEquals(CaseStatus.ACCEPTED, f.cases.find(id).orElseThrow().status());
        for (CaseStatus to : List.of(CaseStatus.VERIFYING, CaseStatus.INVESTIGATING, CaseStatus.UNDER_REVIEW,
                CaseStatus.PUBLIC_NOTICE)) {
            refused(() -> f.move(id, to, "2025-03-07", "alice"));
            assertEquals(to, f.move(id, to, "2025-03-07", "bob").status());
        }
        refused(() -> f.cases.recordObjection(id, new ObjectionRequest("2025-03-07", "a neighbour", "has a car"),
                WriteContext.of("alice", "x")));
        assertEquals(CaseStatus.WITHDRAWN, f.move(id, CaseStatus.WITHDRAWN, "2025-03-08", "bob").status());
    }

    @Test
    public void theWarningIsNeitherAssignedToNorVerifiedByTheRelativesStaffMember() throws Exception {
        String wife = f.idNumber("19700101");
        StaffRelative reg = f.register("alice", StaffRelativeRelation.SPOUSE, "王芳", wife);
        Household h = f.household("tianshanlu", f.idNumber("19680505"), wife);
        WarningRegistry warnings = warnings();
        f.sql("INSERT INTO warning (id, fact_hash, feed_type, severity, status, suggested_action, person_id, id_number,"
                + " household_id, street, fact_date, facts, suspension_due, source, run_month, raised_at, version)"
                + " VALUES ('w1', 'h-w1', 'death', 'HIGH', 'OPEN', 'STOP_PAYMENT', 'p', ?, ?, 'tianshanlu',"
                + " DATE('2025-03-01'), 'death reported', FALSE, 'DOUDI', '2025-03', TIMESTAMP('2025-03-02 00:00:00'),"
                + " 1)", wife, h.id());
        WarningAssignment toAlice = new WarningAssignment(null, "alice", null);
        DoudiException assignee = refused(() -> warnings.assign("w1", toAlice, WriteContext.of("bob", "x")));
        assertEquals("alice registered spouse " + ResidentIdNumber.mask(wife) + " as a close relative (registration "
                + reg.id() + "); alice cannot be assigned this household's work: it must be handled by someone else",
                assignee.getMessage());
        refused(() -> warnings.assign("w1", new WarningAssignment(null, "carol", null), WriteContext.of("alice",
                "x")));
        assertEquals(WarningStatus.ASSIGNED, warnings.assign("w1", new WarningAssignment(null, "carol", null),
                WriteContext.of("bob", "x")).status());
        WarningVerification found = new WarningVerification(true, LocalDate.of(2025, 3, 30), "death certificate seen",
                null, null);
        refused(() -> warnings.verify("w1", found, WriteContext.of("alice", "x")));
        assertEquals(WarningStatus.VERIFIED, warnings.verify("w1", found, WriteContext.of("carol", "x")).status());
    }

    /** The warning service as DS wires it, with the guard bound. */
    private WarningRegistry warnings() throws ReflectiveOperationException {
        WarningRegistry warnings = new WarningRegistry();
        StaffRelativeFixture.set(warnings, "jpa", f.jpa);
        StaffRelativeFixture.set(warnings, "clock", f.clock);
        StaffRelativeFixture.set(warnings, "households", f.households);
        StaffRelativeFixture.set(warnings, "streets", f.streets);
        StaffRelativeFixture.set(warnings, "guards", List.of(new StaffRelativeGuard()));
        java.lang.reflect.Method activate = WarningRegistry.class.getDeclaredMethod("activate");
        activate.setAccessible(true);
        activate.invoke(warnings);
        return warnings;
    }

    @Test
    public void anEndedRegistrationNoLongerBlocks() {
        String brother = f.idNumber("19750707");
        StaffRelative reg = f.register("alice", StaffRelativeRelation.SIBLING, "张伟", brother);
        Household h = f.household("hongqiao", brother);
        String id = f.openCase(h).id();
        refused(() -> f.move(id, CaseStatus.REFUSED, "2025-03-04", "alice"));
        StaffRelative ended = f.relatives.end(reg.id(), new StaffRelativeEnd(null, "registered in error"),
                WriteContext.of("alice", "error"));
        assertEquals(StaffRelativeFixture.TODAY, ended.endedOn());
        assertEquals(CaseStatus.REFUSED, f.move(id, CaseStatus.REFUSED, "2025-03-04", "alice").status());
    }

    @Test
    public void aMemberWhoLeftTheHouseholdNoLongerBlocks() {
        String daughter = f.idNumber("19980808");
        f.register("alice", StaffRelativeRelation.CHILD, "李娜", daughter);
        Household h = f.household("hongqiao", f.idNumber("19600101"), daughter);
        String personId = h.members().stream().filter(m -> daughter.equals(m.idNumber())).findFirst().orElseThrow()
                .personId();
        String id = f.openCase(h).id();
        f.households.endMember(h.id(), personId, java.time.LocalDate.of(2025, 3, 10),
                org.doudi.api.registry.EndReason.MOVED_OUT, WriteContext.of("clerk", "moved"));
        assertEquals(CaseStatus.REFUSED, f.move(id, CaseStatus.REFUSED, "2025-03-11", "alice").status());
    }

    @Test
    public void aStaffMemberDoesNotDecideTheirOwnHousehold() {
        String own = f.idNumber("19800202");
        StaffRelative self = f.register("bob", StaffRelativeRelation.SELF, "赵军", own);
        Household h = f.household("xinhualu", own);
        String id = f.openCase(h).id();
        DoudiException refused = refused(() -> f.move(id, CaseStatus.REFUSED, "2025-03-04", "bob"));
        assertEquals("bob registered " + ResidentIdNumber.mask(own) + " as their own ID number (registration "
                + self.id() + "); it must be handled by someone else", refused.getMessage());
        assertEquals(CaseStatus.REFUSED, f.move(id, CaseStatus.REFUSED, "2025-03-04", "alice").status());
    }

    static DoudiException refused(Runnable decision) {
        try {
            decision.run();
        } catch (DoudiException e) {
            assertEquals(e.getMessage(), 403, e.status());
            assertEquals("conflict-of-interest", e.type());
            return e;
        }
        fail("the decision was not refused");
        return null;
    }
}
