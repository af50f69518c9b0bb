package org.doudi.registry.internal.supervision.relatives;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.fail;

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
import org.junit.Test;

/**
 * The conflict refusal (近亲属备案, no 人情保): the staff member who registered a household member as a close relative
 * (or as themselves) cannot confirm, refuse or grant its case, decide an appeal or change its enrolment; another member
 * of staff can; an ended registration blocks nothing; the refused step writes nothing.
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
                + reg.id() + "); another member of staff must decide", refused.getMessage());
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
    public void preparatoryStepsAreNotDecisions() {
        String son = f.idNumber("19950303");
        f.register("alice", StaffRelativeRelation.CHILD, "李强", son);
        Household h = f.household("tianshanlu", son);
        String id = f.openCase(h).id();
        assertEquals(CaseStatus.VERIFYING, f.move(id, CaseStatus.VERIFYING, "2025-03-04", "alice").status());
        refused(() -> f.move(id, CaseStatus.REFUSED, "2025-03-05", "alice"));
        assertEquals(CaseStatus.WITHDRAWN, f.move(id, CaseStatus.WITHDRAWN, "2025-03-05", "alice").status());
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
                + self.id() + "); another member of staff must decide", refused.getMessage());
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
