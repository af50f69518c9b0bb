package org.doudi.registry.internal.supervision.dishonesty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.doudi.api.Digests;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.CaseApplication;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.registry.Household;
import org.doudi.api.supervision.DishonestyCheck;
import org.doudi.api.supervision.DishonestyKind;
import org.doudi.api.supervision.DishonestyLiftRequest;
import org.doudi.api.supervision.DishonestyQuery;
import org.doudi.api.supervision.DishonestyRecord;
import org.doudi.api.supervision.DishonestyRecordRequest;
import org.doudi.api.supervision.DishonestyRecoveryRequest;
import org.doudi.registry.internal.casework.CaseRegistry;
import org.doudi.registry.internal.supervision.DecisionGuard;
import org.doudi.registry.internal.supervision.filecheck.SupervisionFixture;
import org.doudi.registry.internal.supervision.filecheck.SupervisionFixture.Change;
import org.junit.Test;

/**
 * Dishonesty records on a real database: the overpayment from the enrolments' history, the fine's bounds, the
 * recovery balance, ending the enrolment for FRAUD, the joint-punishment list and its audited check, and the flag
 * on a new application by a listed person.
 */
public class DishonestyRegistryTest {
    private static final WriteContext STAFF = WriteContext.of("staff.zhao", null);
    private static final WriteContext RELATIVE = WriteContext.of("staff.relative", null);

    private final List<String> guarded = new java.util.ArrayList<>();

    private final SupervisionFixture f = new SupervisionFixture();
    private final DishonestyRegistry records = new DishonestyRegistry();
    private final DishonestyFlags flags = new DishonestyFlags();
    private final String head = f.idNumber("19700101");
    private final String child = f.idNumber("20100606");
    private final Household h = f.household("tianshanlu", head, child);
    /** 530.00 from January, suspended over March, ended in May. */
    private final String first = f.enrol(h, "dibao", "530.00", YearMonth.of(2024, 1),
            new Change("SUSPENDED", "PENDING_VERIFICATION", LocalDate.of(2024, 3, 1)),
            new Change("ACTIVE", null, LocalDate.of(2024, 3, 20)),
            new Change("TERMINATED", "INELIGIBLE", LocalDate.of(2024, 5, 15)));
    /** Re-granted at 612.35 from June, still paid. */
    private final String second = f.enrol(h, "dibao", "612.35", YearMonth.of(2024, 6));

    public DishonestyRegistryTest() {
        SupervisionFixture.set(records, "jpa", f.jpa);
        SupervisionFixture.set(records, "clock", f.clock);
        SupervisionFixture.set(records, "households", f.households);
        SupervisionFixture.set(records, "guards", List.<DecisionGuard>of((em, actor, household, decision) -> {
            guarded.add(decision + " " + household);
            if (actor.equals(RELATIVE.actor())) {
                throw new DoudiException(403, "conflict-of-interest", actor + " is a close relative");
            }
        }));
        SupervisionFixture.set(flags, "clock", f.clock);
    }

    private static DishonestyRecordRequest request(String idNumber, String householdId, String multiple,
            boolean terminate) {
        return new DishonestyRecordRequest(idNumber, householdId, "dibao", DishonestyKind.CONCEALMENT,
                "长民救字〔2024〕12号：隐瞒工资收入", "2024-11-10", "2024-01", "2024-08",
                multiple == null ? null : new BigDecimal(multiple), null, terminate);
    }

    @Test
    public void theOverpaymentComesFromThePaymentHistoryAndTheFineFromTheMultiple() {
        DishonestyRecord r = records.record(request(child, h.id(), "1.5", true), STAFF);
        assertEquals(7, r.months().size());
        assertEquals("4 × 530.00 + 3 × 612.35", new BigDecimal("3957.05"), r.overpaidAmount());
        assertEquals(new BigDecimal("1.50"), r.fineMultiple());
        assertEquals(new BigDecimal("5935.58"), r.fineAmount());
        assertEquals(new BigDecimal("9892.63"), r.amountDue());
        assertEquals(new BigDecimal("9892.63"), r.outstanding());
        assertEquals("成员1", r.name());
        assertEquals("tianshanlu", r.street());
        assertTrue(r.listed());
        assertEquals(List.of(second), r.terminatedEnrolments());
        assertEquals("TERMINATED/FRAUD/2024-11-10", f.query("SELECT status || '/' || status_reason || '/' || "
                + "CAST(status_since AS CHAR(10)) FROM enrolment WHERE id = ?", second));
        assertEquals("TERMINATED/INELIGIBLE", f.query("SELECT status || '/' || status_reason FROM enrolment"
                + " WHERE id = ?", first));
        assertEquals(List.of("DISHONESTY_RECORDED"), f.auditActions(r.id()));
        assertTrue(f.auditActions(second).contains("ENROLMENT_TERMINATED"));
        assertEquals(r, records.find(r.id()).orElseThrow());
    }

    @Test
    public void theFineMultipleIsOneToThreeAndOtherRulesNameTheirField() {
        assertRefused(request(child, h.id(), "0", false), "fineMultiple", "range");
        assertRefused(request(child, h.id(), "4", false), "fineMultiple", "range");
        assertRefused(request(child, h.id(), "3.001", false), "fineMultiple", "range");
        assertRefused(request(child, h.id(), "1.234", false), "fineMultiple", "scale");
        assertRefused(request(child, h.id(), null, false), "fineMultiple", "required");
        String stranger = f.idNumber("19850505");
        f.household("tianshanlu", stranger);
        assertRefused(request(stranger, h.id(), "1", false), "idNumber", "memberOfHousehold");
        String broken = child.substring(0, 17) + (child.charAt(17) == '1' ? '2' : '1');
        assertRefused(request(broken, h.id(), "1", false), "idNumber", "checksum");
        assertRefused(request(child, "no-such-household", "1", false), "householdId", "exists");
        assertRefused(new DishonestyRecordRequest(child, h.id(), "dibao", DishonestyKind.FALSE_REPORTING, "x",
                "2024-11-10", "2023-01", "2023-06", BigDecimal.ONE, null, null), "overpaidFrom", "paidInPeriod");
        assertRefused(new DishonestyRecordRequest(child, h.id(), "dibao", DishonestyKind.FALSE_REPORTING, "x",
                "2024-11-10", "2024-08", "2024-12", BigDecimal.ONE, null, null), "overpaidTo", "range");
        assertRefused(new DishonestyRecordRequest(child, h.id(), "dibao-edge", DishonestyKind.DECEPTION, "x",
                "2024-11-10", "2024-01", "2024-02", BigDecimal.ONE, null, null), "programId", "enrolled");
        assertEquals("nothing was written", "0", f.query("SELECT COUNT(*) FROM dishonesty_record"));
        assertEquals("ACTIVE", f.query("SELECT status FROM enrolment WHERE id = ?", second));
    }

    private void assertRefused(DishonestyRecordRequest r, String field, String rule) {
        try {
            records.record(r, STAFF);
            fail("accepted " + r);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), field, e.violations().get(0).field());
            assertEquals(e.getMessage(), rule, e.violations().get(0).rule());
        }
    }

    @Test
    public void recoveriesReduceTheBalanceAndNeverBeyondIt() {
        DishonestyRecord r = records.record(request(child, h.id(), "1", false), STAFF);
        assertEquals(new BigDecimal("7914.10"), r.amountDue());
        DishonestyRecord part = records.recordRecovery(r.id(), new DishonestyRecoveryRequest(new BigDecimal("1000"),
                "2024-11-12", "收据 0001"), STAFF);
        assertEquals(new BigDecimal("1000.00"), part.recoveredAmount());
        assertEquals(new BigDecimal("6914.10"), part.outstanding());
        assertEquals(1, part.recoveries().get(0).number());
        try {
            records.recordRecovery(r.id(), new DishonestyRecoveryRequest(new BigDecimal("6914.11"), null, null), STAFF);
            fail("recovered more than outstanding");
        } catch (ValidationException e) {
            assertEquals("notAboveOutstanding", e.violations().get(0).rule());
        }
        try {
            records.recordRecovery(r.id(), new DishonestyRecoveryRequest(new BigDecimal("5"), "2024-11-01", null), STAFF);
            fail("recovered before the decision");
        } catch (ValidationException e) {
            assertEquals("on", e.violations().get(0).field());
        }
        DishonestyRecord all = records.recordRecovery(r.id(), new DishonestyRecoveryRequest(new BigDecimal("6914.10"),
                null, null), STAFF);
        assertEquals(new BigDecimal("0.00"), all.outstanding());
        assertEquals(2, all.recoveries().size());
        assertEquals(List.of("DISHONESTY_RECORDED", "DISHONESTY_RECOVERY", "DISHONESTY_RECOVERY"), f.auditActions(r.id()));
        try {
            records.record(request(child, h.id(), "2", false), STAFF);
            fail("recorded twice");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
        }
    }

    @Test
    public void aNewApplicationByAListedPersonIsFlaggedUntilTheListingIsLifted() {
        CaseRegistry cases = f.cases(flags);
        Household neighbour = f.household("tianshanlu", f.idNumber("19600101"));
        DishonestyRecord r = records.record(request(child, h.id(), "2", true), STAFF);
        CaseFile opened = cases.open(new CaseApplication(h.id(), "dibao", null, true, true, null, null,
                "6222021001112223334", null), STAFF);
        assertEquals(1, opened.flags().size());
        assertEquals("DISHONESTY_LISTED", opened.flags().get(0).kind());
        assertTrue(opened.flags().get(0).message(), opened.flags().get(0).message().contains("2024-11-10"));
        assertFalse("the full ID number is not shown", opened.flags().get(0).message().contains(child));
        assertEquals(opened.flags(), cases.find(opened.id()).orElseThrow().flags());
        assertEquals(List.of(), cases.open(new CaseApplication(neighbour.id(), "dibao", null, true, true, null, null,
                null, null), STAFF).flags());

        assertEquals(1, records.search(new DishonestyQuery(true, null, null, 0, 20)).total());
        DishonestyRecord lifted = records.lift(r.id(), new DishonestyLiftRequest("信用修复：已全额退还", null), STAFF);
        assertFalse(lifted.listed());
        assertEquals(0, records.search(new DishonestyQuery(true, null, null, 0, 20)).total());
        assertEquals(1, records.search(new DishonestyQuery(false, "tianshanlu", null, 0, 20)).total());
        assertEquals(List.of(), cases.find(opened.id()).orElseThrow().flags());
        try {
            records.lift(r.id(), new DishonestyLiftRequest("again", null), STAFF);
            fail("lifted twice");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
        }
    }

    @Test
    public void aCheckAnswersListedWithTheDecisionDayOnlyAndIsAudited() {
        records.record(new DishonestyRecordRequest(head, h.id(), "dibao", DishonestyKind.FALSE_REPORTING,
                "长民救字〔2024〕13号", "2024-11-10", "2024-06", "2024-07", BigDecimal.ONE, "2024-11-20", false), STAFF);
        assertEquals(new DishonestyCheck(head, true, LocalDate.of(2024, 11, 10)), records.check(head, "hr-bureau"));
        assertEquals(new DishonestyCheck(child, false, null), records.check(child, "hr-bureau"));
        assertEquals(List.of("DISHONESTY_CHECK"), f.auditActions(Digests.sha256(head)));
        assertEquals("hr-bureau", f.query("SELECT actor FROM audit_event WHERE entity_id = ?", Digests.sha256(child)));
        f.today = LocalDate.of(2024, 11, 21);
        assertFalse("the listing ended on 2024-11-20", records.check(head, "hr-bureau").listed());
        try {
            records.check("12345", "hr-bureau");
            fail("a malformed ID number");
        } catch (ValidationException e) {
            assertEquals("idNumber", e.violations().get(0).field());
        }
        assertNull(records.check(child, "x").decidedOn());
    }

    @Test
    public void theSameMonthsCannotBeClaimedTwiceWhileTheFirstRecordIsInForce() {
        DishonestyRecord r = records.record(request(child, h.id(), "1", false), STAFF);
        DishonestyRecordRequest byHead = new DishonestyRecordRequest(head, h.id(), "dibao", DishonestyKind.CONCEALMENT,
                "长民救字〔2024〕14号", "2024-11-12", "2024-07", "2024-10", BigDecimal.ONE, null, false);
        try {
            records.record(byHead, STAFF);
            fail("another member of the household claimed July and August again");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains(r.id()));
            assertTrue(e.getMessage(), e.getMessage().contains("2024-07 " + second));
        }
        try {
            records.record(new DishonestyRecordRequest(child, h.id(), "dibao", DishonestyKind.CONCEALMENT, "second",
                    "2024-11-13", "2024-02", "2024-02", BigDecimal.ONE, null, false), STAFF);
            fail("a second record for the same person claimed February again");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains(r.id()));
        }
        DishonestyRecord september = records.record(new DishonestyRecordRequest(head, h.id(), "dibao",
                DishonestyKind.CONCEALMENT, "长民救字〔2024〕14号", "2024-11-12", "2024-09", "2024-10", BigDecimal.ONE,
                null, false), STAFF);
        assertEquals("2 × 612.35", new BigDecimal("1224.70"), september.overpaidAmount());
        records.lift(r.id(), new DishonestyLiftRequest("复核撤销", null), STAFF);
        DishonestyRecord again = records.record(new DishonestyRecordRequest(head, h.id(), "dibao",
                DishonestyKind.CONCEALMENT, "长民救字〔2024〕15号", "2024-11-14", "2024-07", "2024-08", BigDecimal.ONE,
                null, false), STAFF);
        assertEquals("the lifted record's months are free again", new BigDecimal("1224.70"), again.overpaidAmount());
        try {
            f.sql("INSERT INTO dishonesty_claim (enrolment_id, pay_month, record_id) VALUES (?, ?, ?)", second,
                    "2024-07", september.id());
            fail("the key lets a month be claimed twice");
        } catch (RuntimeException expected) {
            // the primary key (enrolment_id, pay_month)
        }
    }

    @Test
    public void onlyMonthsThatAreOverMayBeClaimed() {
        assertRefused(new DishonestyRecordRequest(child, h.id(), "dibao", DishonestyKind.CONCEALMENT, "x",
                "2024-11-10", "2024-09", "2024-11", BigDecimal.ONE, null, false), "overpaidTo", "monthOver");
        try {
            records.record(new DishonestyRecordRequest(child, h.id(), "dibao", DishonestyKind.CONCEALMENT, "x",
                    "2024-11-10", "2024-09", "2024-11", BigDecimal.ONE, null, false), STAFF);
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.violations().get(0).message().contains("2024-11"));
        }
    }

    @Test
    public void aMonthTheReconciliationFoundNotPaidIsNotClaimedAndTheRecordSaysSo() {
        f.sql("INSERT INTO reconciliation (id, recon_month, file_name, file_sha256, row_count, error_count,"
                + " mismatch_count, ran_by, ran_at) VALUES ('rec-old', '2024-07', 'f', 'x', 1, 0, 0, 's',"
                + " TIMESTAMP('2024-08-05 10:00:00'))");
        f.sql("INSERT INTO reconciliation (id, recon_month, file_name, file_sha256, row_count, error_count,"
                + " mismatch_count, ran_by, ran_at) VALUES ('rec-jul', '2024-07', 'f', 'x', 1, 0, 1, 's',"
                + " TIMESTAMP('2024-08-06 10:00:00'))");
        f.sql("INSERT INTO reconciliation_mismatch (reconciliation_id, mismatch_no, kind, street, program_id,"
                + " household_id, enrolment_id, amount, detail, version) VALUES ('rec-jul', 1, 'ON_ROLL_NOT_PAID',"
                + " 'tianshanlu', 'dibao', ?, ?, 612.35, 'failed', 1)", h.id(), second);
        // an older run of August listed it too, but the latest run of August did not
        f.sql("INSERT INTO reconciliation (id, recon_month, file_name, file_sha256, row_count, error_count,"
                + " mismatch_count, ran_by, ran_at) VALUES ('rec-aug1', '2024-08', 'f', 'x', 1, 0, 1, 's',"
                + " TIMESTAMP('2024-09-05 10:00:00'))");
        f.sql("INSERT INTO reconciliation_mismatch (reconciliation_id, mismatch_no, kind, street, program_id,"
                + " household_id, enrolment_id, amount, detail, version) VALUES ('rec-aug1', 1, 'ON_ROLL_NOT_PAID',"
                + " 'tianshanlu', 'dibao', ?, ?, 612.35, 'failed', 1)", h.id(), second);
        f.sql("INSERT INTO reconciliation (id, recon_month, file_name, file_sha256, row_count, error_count,"
                + " mismatch_count, ran_by, ran_at) VALUES ('rec-aug2', '2024-08', 'f', 'x', 1, 0, 0, 's',"
                + " TIMESTAMP('2024-09-06 10:00:00'))");
        DishonestyRecord r = records.record(request(child, h.id(), "1.5", false), STAFF);
        assertEquals(6, r.months().size());
        assertEquals("4 × 530.00 + 2 × 612.35 (July not paid)", new BigDecimal("3344.70"), r.overpaidAmount());
        assertEquals(new BigDecimal("5017.05"), r.fineAmount());
        assertTrue(r.overpaymentNote(), r.overpaymentNote().contains("2024-07 " + second + " 612.35"));
        assertTrue(r.overpaymentNote(), r.overpaymentNote().contains("ON_ROLL_NOT_PAID"));
        assertFalse(r.overpaymentNote(), r.overpaymentNote().contains("2024-08"));
    }

    @Test
    public void recoveriesAndLiftingAskTheConflictOfInterestGuards() {
        DishonestyRecord r = records.record(request(child, h.id(), "1", false), STAFF);
        try {
            records.recordRecovery(r.id(), new DishonestyRecoveryRequest(new BigDecimal("10"), null, null), RELATIVE);
            fail("a relative recorded a recovery");
        } catch (DoudiException e) {
            assertEquals(403, e.status());
        }
        try {
            records.lift(r.id(), new DishonestyLiftRequest("信用修复", null), RELATIVE);
            fail("a relative lifted the listing");
        } catch (DoudiException e) {
            assertEquals(403, e.status());
        }
        assertEquals(List.of("DISHONESTY_RECORDED " + h.id(), "DISHONESTY_RECOVERY " + h.id(),
                "DISHONESTY_LIFTED " + h.id()), guarded);
        DishonestyRecord unchanged = records.find(r.id()).orElseThrow();
        assertEquals(new BigDecimal("0.00"), unchanged.recoveredAmount());
        assertTrue(unchanged.listed());
    }
}
