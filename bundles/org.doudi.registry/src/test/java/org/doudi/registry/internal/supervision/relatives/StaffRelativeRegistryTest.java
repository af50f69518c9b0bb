package org.doudi.registry.internal.supervision.relatives;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentQuery;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Household;
import org.doudi.api.supervision.StaffRelative;
import org.doudi.api.supervision.StaffRelativeConflict;
import org.doudi.api.supervision.StaffRelativeEnd;
import org.doudi.api.supervision.StaffRelativeRelation;
import org.doudi.api.supervision.StaffRelativeRequest;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.monitoring.WarningRegistry;
import org.doudi.registry.internal.supervision.SupervisionFlags;
import org.junit.Test;

/** Registrations, their rules and audit, the STAFF_RELATIVE flag, and the report of records staff may not decide. */
public class StaffRelativeRegistryTest {
    private final StaffRelativeFixture f = new StaffRelativeFixture();

    @Test
    public void aRegistrationIsCheckedStoredAndAudited() {
        String father = f.idNumber("19450909");
        StaffRelative r = f.register("alice", StaffRelativeRelation.PARENT, " 张三 ", father.toLowerCase());
        assertEquals("张三", r.name());
        assertEquals(father, r.idNumber());
        assertTrue(r.active());
        assertEquals("alice", r.registeredBy());
        String audit = f.query("SELECT reason FROM audit_event WHERE entity_id = ? AND event_action = ?", r.id(),
                "STAFF_RELATIVE_REGISTERED");
        assertEquals("alice: parent 张三, " + ResidentIdNumber.mask(father) + "; declared", audit);
        assertEquals(List.of(r.id()), f.relatives.list("alice", false).stream().map(StaffRelative::id).toList());
        assertEquals(ResidentIdNumber.mask(father), r.masked().idNumber());

        ValidationException bad = invalid(() -> f.relatives.register(new StaffRelativeRequest("alice", null, "",
                "310105194509091230", null), WriteContext.of("alice", null)));
        assertEquals(List.of("relation", "name", "idNumber"), bad.violations().stream().map(v -> v.field())
                .collect(Collectors.toList()));
        assertEquals("checksum", bad.violations().get(2).rule());
        assertEquals("pattern", invalid(() -> f.register("Not A User", StaffRelativeRelation.PARENT, "x", father))
                .violations().get(0).rule());
    }

    @Test
    public void oneActiveRegistrationPerStaffAndIdNumberAndOneOwnIdNumber() {
        String mother = f.idNumber("19480101");
        StaffRelative first = f.register("alice", StaffRelativeRelation.PARENT, "李梅", mother);
        assertEquals(409, conflict(() -> f.register("alice", StaffRelativeRelation.OTHER_CLOSE, "李梅", mother)));
        f.register("bob", StaffRelativeRelation.PARENT_IN_LAW, "李梅", mother); // bob's wife is alice's sister
        String own = f.idNumber("19850505");
        f.register("alice", StaffRelativeRelation.SELF, "王丽", own);
        assertEquals(409, conflict(() -> f.register("alice", StaffRelativeRelation.SELF, "王丽", f.idNumber("19850506"))));
        assertEquals(409, conflict(() -> f.register("carol", StaffRelativeRelation.SELF, "王丽", own)));

        f.relatives.end(first.id(), new StaffRelativeEnd(StaffRelativeFixture.TODAY, "deceased"),
                WriteContext.of("alice", null));
        assertEquals(409, conflict(() -> f.relatives.end(first.id(), new StaffRelativeEnd(null, "again"),
                WriteContext.of("alice", null))));
        assertEquals("future", "notFuture", invalid(() -> f.relatives.end(f.relatives.list("bob", false).get(0).id(),
                new StaffRelativeEnd(StaffRelativeFixture.TODAY.plusDays(1), "x"), WriteContext.of("bob", null)))
                .violations().get(0).rule());
        f.register("alice", StaffRelativeRelation.PARENT, "李梅", mother); // registered anew after the end
        List<StaffRelative> all = f.relatives.list("alice", true);
        assertEquals(3, all.size());
        assertFalse("the ended one last", all.get(2).active());
        assertEquals(2, f.relatives.list("alice", false).size());
        assertEquals(404, conflict(() -> f.relatives.end("nope", new StaffRelativeEnd(null, "x"),
                WriteContext.of("alice", null))));
    }

    @Test
    public void theHouseholdsRecordsAreFlaggedNamingTheStaffMember() {
        String wife = f.idNumber("19700101");
        StaffRelative reg = f.register("alice", StaffRelativeRelation.SPOUSE, "王芳", wife);
        Household h = f.household("tianshanlu", f.idNumber("19680505"), wife);
        Household other = f.household("tianshanlu", f.idNumber("19690505"));
        List<SupervisionFlag> flags = f.jpa.txExpr(em -> new StaffRelativeFlags().flagsFor(em, h.id()));
        assertEquals(1, flags.size());
        assertEquals("STAFF_RELATIVE", flags.get(0).kind());
        assertEquals("member 成员1: alice registered spouse " + ResidentIdNumber.mask(wife) + " as a close relative"
                + " (registration " + reg.id() + "); alice may not decide this household's cases, enrolments or"
                + " warnings", flags.get(0).message());
        assertEquals(List.of(), f.jpa.txExpr(em -> new StaffRelativeFlags().flagsFor(em, other.id())));
        f.relatives.end(reg.id(), new StaffRelativeEnd(null, "divorced"), WriteContext.of("alice", null));
        assertEquals(List.of(), f.jpa.txExpr(em -> new StaffRelativeFlags().flagsFor(em, h.id())));
    }

    @Test
    public void theHouseholdsEnrolmentsAndWarningsCarryTheFlagAskedOncePerHouseholdOfAPage() throws Exception {
        String wife = f.idNumber("19700101");
        StaffRelative reg = f.register("alice", StaffRelativeRelation.SPOUSE, "王芳", wife);
        Household h = f.household("tianshanlu", f.idNumber("19680505"), wife);
        Household other = f.household("tianshanlu", f.idNumber("19690505"));
        String enrolmentId = granted(h);
        String otherEnrolmentId = granted(other);
        AtomicInteger asked = new AtomicInteger();
        SupervisionFlags relatives = new StaffRelativeFlags();
        List<SupervisionFlags> sources = List.of((em, householdId) -> {
            asked.incrementAndGet();
            return relatives.flagsFor(em, householdId);
        });
        StaffRelativeFixture.set(f.enrolments, "flagSources", sources);
        WarningRegistry warnings = new WarningRegistry();
        StaffRelativeFixture.set(warnings, "jpa", f.jpa);
        StaffRelativeFixture.set(warnings, "clock", f.clock);
        StaffRelativeFixture.set(warnings, "households", f.households);
        StaffRelativeFixture.set(warnings, "streets", f.streets);
        StaffRelativeFixture.set(warnings, "flagSources", sources);
        warning("w1", wife, h);
        warning("w2", wife, h);
        warning("w3", "x", other);

        assertEquals(List.of("STAFF_RELATIVE"), kinds(f.enrolments.find(enrolmentId).orElseThrow().flags()));
        assertEquals(List.of(), f.enrolments.find(otherEnrolmentId).orElseThrow().flags());
        assertEquals(List.of("STAFF_RELATIVE"), kinds(warnings.find("w1").orElseThrow().flags()));
        assertEquals(List.of(), warnings.find("w3").orElseThrow().flags());

        asked.set(0);
        List<Warning> page = warnings.search(new WarningQuery("tianshanlu", null, null, null, 0, 10)).items();
        assertEquals(List.of("w1 [STAFF_RELATIVE]", "w2 [STAFF_RELATIVE]", "w3 []"), page.stream()
                .map(w -> w.id() + " " + kinds(w.flags())).toList());
        assertEquals("once per household of the page", 2, asked.get());
        List<Enrolment> enrolments = f.enrolments.search(new EnrolmentQuery(null, null, null, "tianshanlu", false, 0,
                10)).items();
        assertEquals(2, enrolments.size());
        for (Enrolment e : enrolments) {
            assertEquals(e.id(), e.householdId().equals(h.id()) ? List.of("STAFF_RELATIVE") : List.of(),
                    kinds(e.flags()));
        }
        f.relatives.end(reg.id(), new StaffRelativeEnd(null, "divorced"), WriteContext.of("alice", null));
        assertEquals("derived on every read", List.of(), f.enrolments.find(enrolmentId).orElseThrow().flags());
        assertEquals(List.of(), warnings.find("w1").orElseThrow().flags());
    }

    private String granted(Household h) {
        String caseId = f.onPublicNotice(h).id();
        f.move(caseId, CaseStatus.CONFIRMED, "2025-03-14", "bob");
        return f.move(caseId, CaseStatus.GRANTED, "2025-03-17", "bob").enrolmentId();
    }

    private void warning(String id, String idNumber, Household h) {
        f.sql("INSERT INTO warning (id, fact_hash, feed_type, severity, status, suggested_action, person_id, id_number,"
                + " household_id, street, fact_date, facts, suspension_due, source, run_month, raised_at, version)"
                + " VALUES (?, ?, 'death', 'HIGH', 'OPEN', 'STOP_PAYMENT', 'p', ?, ?, 'tianshanlu', DATE('2025-03-01'),"
                + " 'death reported', FALSE, 'DOUDI', '2025-03', TIMESTAMP('2025-03-02 00:00:00'), 1)", id, "h-" + id,
                idNumber, h.id());
    }

    private static List<String> kinds(List<SupervisionFlag> flags) {
        return flags.stream().map(SupervisionFlag::kind).toList();
    }

    @Test
    public void theReportListsCasesEnrolmentsAndWarningsWithTheStaffMember() {
        String wife = f.idNumber("19700101");
        StaffRelative reg = f.register("alice", StaffRelativeRelation.SPOUSE, "王芳", wife);
        Household h = f.household("tianshanlu", f.idNumber("19680505"), wife);
        String caseId = f.onPublicNotice(h).id();
        f.move(caseId, CaseStatus.CONFIRMED, "2025-03-14", "bob");
        String enrolmentId = f.move(caseId, CaseStatus.GRANTED, "2025-03-17", "bob").enrolmentId();
        f.household("hongqiao", f.idNumber("19690505")).id(); // nobody's relative
        f.sql("INSERT INTO warning (id, fact_hash, feed_type, severity, status, suggested_action, person_id, id_number,"
                + " household_id, street, fact_date, facts, suspension_due, source, run_month, raised_at, assigned_to,"
                + " version) VALUES ('w1', 'h1', 'death', 'HIGH', 'ASSIGNED', 'STOP_PAYMENT', 'p', ?, ?, 'tianshanlu',"
                + " DATE('2025-03-01'), 'death reported', FALSE, 'DOUDI', '2025-03', TIMESTAMP('2025-03-02 00:00:00'),"
                + " 'alice', 1)", wife, h.id());

        List<StaffRelativeConflict> rows = f.relatives.conflicts(null, null);
        assertEquals(List.of("CASE " + caseId + " GRANTED false", "ENROLMENT " + enrolmentId + " ACTIVE false",
                "WARNING w1 ASSIGNED true"), rows.stream().map(r -> r.record() + " " + r.recordId() + " " + r.status()
                + " " + r.staffActed()).collect(Collectors.toList()));
        StaffRelativeConflict c = rows.get(0);
        assertEquals(List.of("alice", reg.id(), h.id(), "tianshanlu", "成员1", wife, "dibao"), List.of(c.staff(),
                c.registrationId(), c.householdId(), c.street(), c.personName(), c.idNumber(), c.programId()));
        assertEquals(3, f.relatives.conflicts("alice", "tianshanlu").size());
        assertEquals(0, f.relatives.conflicts("bob", null).size());
        assertEquals(0, f.relatives.conflicts(null, "hongqiao").size());
    }

    @Test
    public void endingTheRegistrationDoesNotRemoveTheStepsTakenWhileItWasInForce() {
        String brother = f.idNumber("19750707");
        StaffRelative reg = f.register("alice", StaffRelativeRelation.SIBLING, "张伟", brother);
        Household h = f.household("tianshanlu", brother);
        String caseId = f.openCase(h).id(); // by the clerk: alice took no step of it
        // alice was assigned w1 while the registration was in force (registered and ended at 2025-03-31 02:00),
        // w2 only after it ended, w3 before it was registered
        for (String[] w : new String[][] {{"w1", "2025-03-31 02:00:00"}, {"w2", "2025-03-31 03:00:00"},
                {"w3", "2025-03-30 02:00:00"}}) {
            f.sql("INSERT INTO warning (id, fact_hash, feed_type, severity, status, suggested_action, person_id,"
                    + " id_number, household_id, street, fact_date, facts, suspension_due, source, run_month,"
                    + " raised_at, assigned_to, assigned_at, version) VALUES (?, ?, 'death', 'HIGH', 'ASSIGNED',"
                    + " 'STOP_PAYMENT', 'p', ?, ?, 'tianshanlu', DATE('2025-03-01'), 'death reported', FALSE,"
                    + " 'DOUDI', '2025-03', TIMESTAMP('2025-03-02 00:00:00'), 'alice', TIMESTAMP('" + w[1] + "'), 1)",
                    w[0], "h-" + w[0], brother, h.id());
        }
        assertEquals(List.of("CASE " + caseId + " false", "WARNING w1 true", "WARNING w2 true", "WARNING w3 true"),
                lines(f.relatives.conflicts("alice", null)));
        f.relatives.end(reg.id(), new StaffRelativeEnd(null, "registered in error"), WriteContext.of("admin", "x"));
        List<StaffRelativeConflict> after = f.relatives.conflicts(null, null);
        assertEquals(List.of("WARNING w1 true"), lines(after));
        assertEquals(reg.id(), after.get(0).registrationId());
        assertEquals(0, f.relatives.conflicts("bob", null).size());
    }

    private static List<String> lines(List<StaffRelativeConflict> rows) {
        return rows.stream().map(r -> r.record() + " " + r.recordId() + " " + r.staffActed()).toList();
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

    static int conflict(Runnable r) {
        try {
            r.run();
        } catch (DoudiException e) {
            return e.status();
        }
        fail("not refused");
        return 0;
    }
}
