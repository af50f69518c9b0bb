package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.monitoring.DispositionKind;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.StreetWarningSummary;
import org.doudi.api.monitoring.SuggestedAction;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningAssignment;
import org.doudi.api.monitoring.WarningDisposition;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.monitoring.WarningSeverity;
import org.doudi.api.monitoring.WarningSource;
import org.doudi.api.monitoring.WarningStatus;
import org.doudi.api.monitoring.WarningVerification;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.junit.Test;

/** The warning workflow: assignment, verification, disposition, their effects on enrolments and the rules. */
public class WarningWorkflowTest {
    private static final WriteContext ADVISOR = WriteContext.of("advisor.wang", null);
    private static final WriteContext OPERATOR = WriteContext.of("operator.li", null);
    private final MonitoringFixture f = new MonitoringFixture();
    private final String head = f.idNumber("19600101");
    private final String child = f.idNumber("20080606");
    private final String registered = f.idNumber("19650505");
    private final Household dibao = f.household("huayanglu", head, child);
    private final Household plain = f.household("huayanglu", registered);
    private final String enrolment = f.enrol(dibao, "dibao", "1330.00", null);
    private final String alone = f.idNumber("19450303");
    private final Household single = f.household("huayanglu", alone);
    private final String aloneEnrolment = f.enrol(single, "dibao", "1330.00", null);

    @Test
    public void aChildsDeathLeavesTheHeadsDibaoPayingAndItsConfirmationEndsOnlyTheMember() throws Exception {
        Warning w = death(child, "2024-11-10");
        assertEquals(WarningSeverity.HIGH, w.severity());
        assertEquals(SuggestedAction.RECHECK_ELIGIBILITY, w.suggestedAction());
        assertEquals(List.of(), w.suspendedEnrolments());
        assertTrue(w.facts(), w.facts().contains("dibao: the benefit was computed for 2 members: recalculate"));
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        assertTrue(f.payroll("2024-12").containsAll(List.of(enrolment, aloneEnrolment)));

        f.warnings.verify(w.id(), new WarningVerification(true, null, "居委会核实：已死亡", null, null), ADVISOR);
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        assertNull(f.query("SELECT ended_on FROM household_member WHERE id_number = ?", child));

        Warning disposed = f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.TERMINATE_ASSISTANCE,
                "子女死亡，注销成员，户主低保待重新核算", null, null, null, null, null), OPERATOR);
        assertEquals(WarningStatus.DISPOSED, disposed.status());
        assertEquals(List.of(), disposed.disposition().enrolmentIds());
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        assertEquals("2024-11-10/DECEASED", f.query("SELECT CAST(ended_on AS CHAR(10)) || '/' || end_reason"
                + " FROM household_member WHERE id_number = ?", child));
        assertTrue(f.payroll("2024-12").contains(enrolment));
        assertTrue(auditReason(w.id(), "WARNING_DISPOSED"), auditReason(w.id(), "WARNING_DISPOSED").contains(
                "left as it is: " + enrolment + " (dibao, computed for 2 members: recalculate)"));
    }

    @Test
    public void theDeathOfAHouseholdsOnlyMemberSuspendsAtOnceAndTheDispositionTerminatesAsDeceased()
            throws Exception {
        Warning w = death(alone, "2024-11-10");
        assertEquals(WarningSeverity.HIGH, w.severity());
        assertEquals(SuggestedAction.STOP_PAYMENT, w.suggestedAction());
        assertEquals(List.of(aloneEnrolment), w.suspendedEnrolments());
        assertEquals(List.of(enrolment), f.payroll("2024-12"));
        assertEquals(List.of(enrolment), f.payroll("2024-11"));

        Warning assigned = f.warnings.assign(w.id(), new WarningAssignment(null, "advisor.wang", "上门核实"), OPERATOR);
        assertEquals(WarningStatus.ASSIGNED, assigned.status());
        assertEquals("huayanglu", assigned.assignedStreet());
        assertEquals("advisor.wang", assigned.assignedTo());

        Warning verified = f.warnings.verify(w.id(), new WarningVerification(true, null, "居委会核实：已死亡，见死亡证明",
                null, null), ADVISOR);
        assertEquals(WarningStatus.VERIFIED, verified.status());
        assertEquals(MonitoringFixture.TODAY, verified.verification().verifiedOn());
        assertEquals("advisor.wang", verified.verification().verifiedBy());
        // the advisor's verification records findings only: the payment waits for the operator's disposition
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(aloneEnrolment));

        Warning disposed = f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.TERMINATE_ASSISTANCE,
                "死亡核实，停止发放", null, null, null, null, null), OPERATOR);
        assertEquals(WarningStatus.DISPOSED, disposed.status());
        assertEquals("TERMINATED/DECEASED", f.enrolmentStatus(aloneEnrolment));
        assertEquals(List.of(aloneEnrolment), disposed.disposition().enrolmentIds());
        assertEquals("operator.li", disposed.disposition().disposedBy());
        assertEquals(List.of("WARNING_SUSPENDED_ENROLMENTS", "WARNING_ASSIGNED", "WARNING_VERIFIED",
                "WARNING_DISPOSED"), auditActions(w.id()));
        assertNull(f.query("SELECT ended_on FROM household_member WHERE id_number = ?", alone));
        assertTrue(auditReason(w.id(), "WARNING_DISPOSED").contains("name a new head"));
        assertEquals(List.of(enrolment), f.payroll("2024-12"));
    }

    @Test
    public void aPersonLevelEnrolmentOfTheDeceasedStopsWhileTheHouseholdsDibaoGoesOn() throws Exception {
        String subsidy = f.enrol(dibao, "special-hardship", "300.00", MonitoringFixture.personOf(dibao, child));
        Warning w = death(child, "2024-11-10");
        assertEquals(SuggestedAction.STOP_PAYMENT, w.suggestedAction());
        assertEquals(List.of(subsidy), w.suspendedEnrolments());
        assertTrue(w.facts(), w.facts().contains("dibao: the benefit was computed for 2 members: recalculate"));
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        f.warnings.verify(w.id(), new WarningVerification(true, null, "已核实", null, null), ADVISOR);
        Warning disposed = f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.TERMINATE_ASSISTANCE,
                "死亡核实", null, null, null, null, null), OPERATOR);
        assertEquals(List.of(subsidy), disposed.disposition().enrolmentIds());
        assertEquals("TERMINATED/DECEASED", f.enrolmentStatus(subsidy));
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        assertEquals("2024-11-10/DECEASED", f.query("SELECT CAST(ended_on AS CHAR(10)) || '/' || end_reason"
                + " FROM household_member WHERE id_number = ?", child));
    }

    @Test
    public void aPersonLevelEnrolmentSharedWithALivingMemberIsNotStopped() throws Exception {
        f.sql("UPDATE enrolment SET status = 'TERMINATED', status_reason = 'OTHER' WHERE id = ?", enrolment);
        String shared = f.enrolCovering(dibao, "special-hardship", "600.00", MonitoringFixture.personOf(dibao, head),
                MonitoringFixture.personOf(dibao, child));
        Warning w = death(child, "2024-11-10");
        assertEquals(WarningSeverity.HIGH, w.severity());
        assertEquals(SuggestedAction.RECHECK_ELIGIBILITY, w.suggestedAction());
        assertEquals(List.of(), w.suspendedEnrolments());
        assertTrue(w.facts(), w.facts().contains("special-hardship: the benefit was computed for 2 members"));
        assertEquals("ACTIVE/-", f.enrolmentStatus(shared));
    }

    @Test
    public void theDeathOfTheLastActiveMemberStopsTheHouseholdsDibao() throws Exception {
        f.households.endMember(dibao.id(), MonitoringFixture.personOf(dibao, child), LocalDate.of(2024, 9, 30),
                EndReason.MOVED_OUT, WriteContext.of("operator.li", "迁出"));
        Warning w = death(head, "2024-11-02");
        assertEquals(SuggestedAction.STOP_PAYMENT, w.suggestedAction());
        assertEquals(List.of(enrolment), w.suspendedEnrolments());
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(enrolment));
    }

    @Test
    public void aDeathNotConfirmedKeepsThePaymentSuspendedUntilTheOperatorDismissesIt() throws Exception {
        Warning w = death(alone, "2024-11-10");
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(aloneEnrolment));
        f.warnings.verify(w.id(), new WarningVerification(false, LocalDate.of(2024, 11, 14), "本人健在，系同名误报", null,
                null), ADVISOR);
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(aloneEnrolment));
        conflict(() -> f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.LINK_TO_SERVICES, "转介",
                null, "社区关爱", null, null, null), OPERATOR), "holds payment back");
        Warning dismissed = f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.DISMISS, "误报",
                null, null, null, null, null), OPERATOR);
        assertEquals(WarningStatus.DISMISSED, dismissed.status());
        assertEquals("ACTIVE/-", f.enrolmentStatus(aloneEnrolment));
        assertTrue(f.payroll("2024-12").contains(aloneEnrolment));
        assertNull(f.query("SELECT ended_on FROM household_member WHERE id_number = ?", alone));
    }

    @Test
    public void terminatingAfterAnUnconfirmedDeathRecordsTheLivingPersonAsIneligibleNotDeceased() throws Exception {
        Warning w = death(alone, "2024-11-10");
        f.warnings.verify(w.id(), new WarningVerification(false, null, "本人健在，但已迁居外地", null, null), ADVISOR);
        f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.TERMINATE_ASSISTANCE, "已迁居外地，不再符合条件",
                null, null, null, null, null), OPERATOR);
        assertEquals("TERMINATED/INELIGIBLE", f.enrolmentStatus(aloneEnrolment));
        assertNull(f.query("SELECT ended_on FROM household_member WHERE id_number = ?", alone));
    }

    @Test
    public void dismissingAnUnverifiedDeathRestoresTheEnrolment() throws Exception {
        Warning w = death(alone, "2024-11-10");
        f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.DISMISS, "公安撤回该死亡登记", null, null,
                null, null, null), OPERATOR);
        assertEquals("ACTIVE/-", f.enrolmentStatus(aloneEnrolment));
    }

    @Test
    public void aDeceasedHeadStaysInTheHouseholdUntilANewHeadIsNamed() throws Exception {
        Warning w = death(head, "2024-11-02");
        assertEquals(SuggestedAction.RECHECK_ELIGIBILITY, w.suggestedAction());
        f.warnings.verify(w.id(), new WarningVerification(true, null, "已核实", null, null), ADVISOR);
        f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.TERMINATE_ASSISTANCE, "户主死亡", null, null,
                null, null, null), OPERATOR);
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        assertNull(f.query("SELECT ended_on FROM household_member WHERE id_number = ?", head));
        assertTrue(auditReason(w.id(), "WARNING_DISPOSED").contains("name a new head"));
    }

    @Test
    public void terminatingAssistanceEndsTheEnrolmentFromItsEffectiveDay() throws Exception {
        Warning w = vehicle(head, "沪A12345");
        assertEquals(WarningSeverity.HIGH, w.severity());
        f.warnings.verify(w.id(), new WarningVerification(true, null, "名下新登记车辆一辆", null, null), ADVISOR);
        Warning done = f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.TERMINATE_ASSISTANCE,
                "拥有机动车，不符合低保条件", LocalDate.of(2024, 11, 1), null, null, null, null), ADVISOR);
        assertEquals("TERMINATED/INELIGIBLE", f.enrolmentStatus(enrolment));
        assertEquals("2024-11-01", f.query("SELECT CAST(status_since AS CHAR(10)) FROM enrolment WHERE id = ?",
                enrolment));
        assertEquals(List.of(enrolment), done.disposition().enrolmentIds());
        assertEquals(LocalDate.of(2024, 11, 1), done.disposition().effectiveOn());
        assertEquals(List.of(aloneEnrolment), f.payroll("2024-12"));
        assertTrue(f.payroll("2024-10").contains(enrolment));
    }

    @Test
    public void includeAndLinkToServicesRecordWhatWasDone() throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "medical-expense", "2024-10", "idNumber,date,amount,hospital",
                registered + ",2024-10-12,38000.00,华山医院", registered + ",2024-10-20,12500.00,中山医院");
        f.runMonth("2024-10", null);
        List<Warning> ws = f.warnings.search(new WarningQuery(null, FeedType.MEDICAL_EXPENSE, null, plain.id(), 0, 10))
                .items();
        assertEquals(2, ws.size());
        for (Warning w : ws) {
            f.warnings.verify(w.id(), new WarningVerification(true, null, "住院自付费用属实", null, null), ADVISOR);
        }
        Warning included = f.warnings.dispose(ws.get(0).id(), new WarningDisposition(DispositionKind
                .INCLUDE_IN_ASSISTANCE, "已受理支出型贫困家庭申请", null, null, null, null, null), ADVISOR);
        assertEquals(DispositionKind.INCLUDE_IN_ASSISTANCE, included.disposition().kind());
        assertEquals("已受理支出型贫困家庭申请", included.disposition().reason());
        Warning linked = f.warnings.dispose(ws.get(1).id(), new WarningDisposition(DispositionKind.LINK_TO_SERVICES,
                "收入超标，转介慈善帮扶", null, "长宁区慈善基金会大病帮扶", null, null, null), ADVISOR);
        assertEquals("长宁区慈善基金会大病帮扶", linked.disposition().services());
        assertEquals(WarningStatus.DISPOSED, linked.status());
    }

    @Test
    public void aStepOutOfTurnIsAConflictThatNamesTheAllowedSteps() throws Exception {
        Warning w = vehicle(head, "沪A12345");
        conflict(() -> f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.INCLUDE_IN_ASSISTANCE, "x",
                null, null, null, null, null), ADVISOR), "allowed now: assignment, verification, or disposition DISMISS");
        f.warnings.verify(w.id(), new WarningVerification(true, null, "属实", null, null), ADVISOR);
        conflict(() -> f.warnings.assign(w.id(), new WarningAssignment(null, "advisor.zhao", null), ADVISOR),
                "allowed now: disposition INCLUDE_IN_ASSISTANCE, TERMINATE_ASSISTANCE, LINK_TO_SERVICES or DISMISS");
        conflict(() -> f.warnings.verify(w.id(), new WarningVerification(true, null, "again", null, null), ADVISOR),
                "is VERIFIED and cannot be verified");
        f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.DISMISS, "车辆已于登记当月转让", null, null, null,
                null, null), ADVISOR);
        conflict(() -> f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.DISMISS, "again", null, null,
                null, null, null), ADVISOR), "allowed now: none (the warning is closed)");
        Warning other = vehicle(registered, "沪B00001");
        f.warnings.verify(other.id(), new WarningVerification(true, null, "属实", null, null), ADVISOR);
        conflict(() -> f.warnings.dispose(other.id(), new WarningDisposition(DispositionKind.TERMINATE_ASSISTANCE,
                "x", null, null, null, null, null), ADVISOR), "no live enrolment");
    }

    @Test
    public void missingFieldsAreRefusedWithTheFieldNamed() throws Exception {
        Warning w = vehicle(head, "沪A12345");
        invalid(() -> f.warnings.assign(w.id(), new WarningAssignment(null, " ", null), ADVISOR), "advisor");
        invalid(() -> f.warnings.assign(w.id(), new WarningAssignment("moon", "advisor.wang", null), ADVISOR),
                "street");
        invalid(() -> f.warnings.verify(w.id(), new WarningVerification(null, null, "属实", null, null), ADVISOR),
                "confirmed");
        invalid(() -> f.warnings.verify(w.id(), new WarningVerification(true, null, null, null, null), ADVISOR),
                "findings");
        invalid(() -> f.warnings.verify(w.id(), new WarningVerification(true, LocalDate.of(2024, 11, 16), "属实", null,
                null), ADVISOR), "verifiedOn");
        invalid(() -> f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.DISMISS, null, null, null,
                null, null, null), ADVISOR), "reason");
        invalid(() -> f.warnings.dispose(w.id(), new WarningDisposition(null, "x", null, null, null, null, null),
                ADVISOR), "kind");
        f.warnings.verify(w.id(), new WarningVerification(true, null, "属实", null, null), ADVISOR);
        invalid(() -> f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.LINK_TO_SERVICES, "x", null,
                null, null, null, null), ADVISOR), "services");
        invalid(() -> f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.TERMINATE_ASSISTANCE, "x",
                LocalDate.of(2024, 5, 31), null, null, null, null), ADVISOR), "effectiveOn");
        assertEquals(WarningStatus.VERIFIED, f.warnings.find(w.id()).orElseThrow().status());
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        try {
            f.warnings.assign("no-such-warning", new WarningAssignment(null, "a", null), ADVISOR);
            fail("unknown warning");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }

    @Test
    public void aDismissedFactNeverRaisesAWarningAgain() throws Exception {
        Warning w = vehicle(registered, "沪B00001");
        f.warnings.dispose(w.id(), new WarningDisposition(DispositionKind.DISMISS, "车辆登记在同名他人名下", null, null,
                null, null, null), ADVISOR);
        f.loadCsv(UUID.randomUUID().toString(), "vehicle", "2024-11", "idNumber,date,plate,value",
                registered + ",2024-10-09,沪B00001,150000.00", registered + ",2024-11-02,沪B00002,90000.00");
        f.runMonth("2024-11", null);
        assertTrue(f.summary, f.summary.contains("1 warnings raised"));
        assertTrue(f.summary, f.summary.contains("1 already raised"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning WHERE fact_key = '沪B00001'"));
        assertEquals(WarningStatus.DISMISSED, f.warnings.find(w.id()).orElseThrow().status());
    }

    @Test
    public void openWarningsAgeAndAreSummarisedPerStreet() throws Exception {
        Warning old = vehicle(head, "沪A12345");
        Warning recent = vehicle(registered, "沪B00001");
        Warning closed = vehicle(child, "沪C00001");
        f.sql("UPDATE warning SET raised_at = ? WHERE id = ?", java.sql.Timestamp.valueOf("2024-10-05 02:00:00"),
                old.id());
        f.warnings.dispose(closed.id(), new WarningDisposition(DispositionKind.DISMISS, "重复", null, null, null, null,
                null), ADVISOR);
        assertEquals(41, f.warnings.find(old.id()).orElseThrow().ageDays());
        List<Warning> listed = f.warnings.search(new WarningQuery("huayanglu", null, null, null, 0, 10)).items();
        assertEquals(List.of(old.id(), recent.id(), closed.id()), listed.stream().map(Warning::id).toList());
        List<StreetWarningSummary> s = f.warnings.summary("huayanglu");
        assertEquals(List.of(new StreetWarningSummary("huayanglu", 2, 0, 0, 1, 1, 41, 1)), s);
        assertEquals(10, f.warnings.summary(null).size());
        assertFalse(f.warnings.search(new WarningQuery("jiangsulu", null, null, null, 0, 10)).total() > 0);
        assertEquals(WarningSource.DOUDI, old.source());
    }

    private Warning death(String idNumber, String date) throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "death", date.substring(0, 7), "idNumber,date", idNumber + "," + date);
        return only(FeedType.DEATH, idNumber);
    }

    private Warning vehicle(String idNumber, String plate) throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "vehicle", "2024-10", "idNumber,date,plate,value",
                idNumber + ",2024-10-09," + plate + ",150000.00");
        f.runMonth("2024-10", null);
        return f.warnings.find(f.query("SELECT id FROM warning WHERE fact_key = ?", plate)).orElseThrow();
    }

    private Warning only(FeedType type, String idNumber) {
        return f.warnings.find(f.query("SELECT id FROM warning WHERE feed_type = ? AND id_number = ?", type.id(),
                idNumber)).orElseThrow();
    }

    private String auditReason(String warningId, String action) {
        return f.query("SELECT reason FROM audit_event WHERE entity_id = ? AND event_action = ?", warningId, action);
    }

    private List<String> auditActions(String warningId) {
        List<String> out = new java.util.ArrayList<>();
        try (var c = f.ds.getConnection(); var ps = c.prepareStatement("SELECT event_action FROM audit_event"
                + " WHERE entity_type = 'warning' AND entity_id = ? ORDER BY id")) {
            ps.setString(1, warningId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void conflict(Runnable step, String message) {
        try {
            step.run();
            fail("expected a 409");
        } catch (DoudiException e) {
            assertEquals(e.getMessage(), 409, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains(message));
        }
    }

    private static void invalid(Runnable step, String field) {
        try {
            step.run();
            fail("expected a 422 on " + field);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), field, e.violations().get(0).field());
        }
    }
}
