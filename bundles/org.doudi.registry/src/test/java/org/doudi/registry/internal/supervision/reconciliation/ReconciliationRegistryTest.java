package org.doudi.registry.internal.supervision.reconciliation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.Payroll;
import org.doudi.api.registry.Household;
import org.doudi.api.supervision.Mismatch;
import org.doudi.api.supervision.MismatchKind;
import org.doudi.api.supervision.MismatchQuery;
import org.doudi.api.supervision.MismatchResolutionKind;
import org.doudi.api.supervision.MismatchResolutionRequest;
import org.doudi.api.supervision.MismatchTotal;
import org.doudi.api.supervision.Reconciliation;
import org.doudi.api.supervision.ReconciliationRowError;
import org.doudi.api.supervision.ReconciliationTotal;
import org.junit.Test;

/**
 * A month with a discrepancy of every kind planted in it: each is found exactly once, the totals are right to the
 * fen, a rerun gives the same result, bad rows are listed and do not stop the rest, a resolution is recorded.
 */
public class ReconciliationRegistryTest {
    static final String HEADER = "idNumber,program,month,amount,account,status";
    private final ReconciliationFixture f = new ReconciliationFixture();

    // tianshanlu
    private final String aId = f.idNumber("19600101");
    private final String bId = f.idNumber("19610101");
    private final String eHead = f.idNumber("19400101");
    private final String eSpouse = f.idNumber("19420101");
    private final String fId = f.idNumber("19630101");
    private final String jId = f.idNumber("19700101");
    // hongqiao
    private final String cId = f.idNumber("19640101");
    private final String dId = f.idNumber("19650101");
    private final String gId = f.idNumber("19660101");
    private final String hId = f.idNumber("19670101");
    private final String kId = f.idNumber("19680101");
    // not in the registry
    private final String iId = f.idNumber("19710101");

    private final Household a = f.household("tianshanlu", aId);
    private final Household b = f.household("tianshanlu", bId);
    private final Household e = f.household("tianshanlu", eHead, eSpouse);
    private final Household fh = f.household("tianshanlu", fId);
    private final Household j = f.household("tianshanlu", jId);
    private final Household c = f.household("hongqiao", cId);
    private final Household d = f.household("hongqiao", dId);
    private final Household g = f.household("hongqiao", gId);
    private final Household h = f.household("hongqiao", hId);
    private final Household k = f.household("hongqiao", kId);

    private final String aEnrolment = f.enrol(a, "dibao", "1330.00", "6222020000000000001");
    private final String bEnrolment = f.enrol(b, "dibao", "1590.00", "6222020000000000002");
    private final String cEnrolment = f.enrol(c, "dibao", "800.00", "6222020000000000003");
    private final String dEnrolment = f.enrol(d, "dibao", "500.00", "6222020000000000004");
    private final String eEnrolment = f.enrol(e, "dibao", "1000.00", "6222020000000000005");
    private final String fEnrolment = f.enrol(fh, "dibao", "1330.00", "6222020000000000006");
    private final String gEnrolment = f.enrol(g, "special-hardship", "420.00", "6222020000000000007");
    private final String hEnrolment = f.enrol(h, "dibao", "330.00", "6222020000000000008");
    private final String kEnrolment = f.enrol(k, "dibao", "600.00", "6222020000000000009");

    private String[] plantedMonth() {
        f.status(cEnrolment, "SUSPENDED", "PENDING_VERIFICATION", LocalDate.of(2024, 9, 20));
        f.status(dEnrolment, "TERMINATED", "INELIGIBLE", LocalDate.of(2024, 9, 1));
        f.status(kEnrolment, "TERMINATED", "DECEASED", LocalDate.of(2024, 9, 5));
        f.died(e, eSpouse, LocalDate.of(2024, 9, 10));
        return new String[] {HEADER,
            aId + ",dibao,2024-10,1330.00,6222020000000000001,PAID",
            bId + ",dibao,2024-10,1500.00,6222020000000000002,PAID",
            cId + ",dibao,2024-10,800.00,6222020000000000003,PAID",
            dId + ",dibao,2024-10,500.00,6222020000000000004,PAID",
            eSpouse + ",dibao,2024-10,1000.00,6222020000000000005,PAID",
            fId + ",dibao,2024-10,1330.00,6222020000000000006,PAID",
            fId + ",dibao,2024-10,1330.00,6222020000000000006,paid",
            gId + ",special-hardship,2024-10,420.00,6222 0200 0000 0000 999,PAID",
            hId + ",dibao,2024-10,330.00,6222020000000000008,FAILED",
            iId + ",dibao,2024-10,1330.00,6222020000000000010,PAID",
            jId + ",dibao,2024-10,200.00,6222020000000000011,PAID",
            kId + ",dibao,2024-10,600.00,6222020000000000009,PAID",
            "310105196001011230,dibao,2024-10,1330.00,6222020000000000012,PAID",
            aId + ",dibao,2024-09,1330.00,6222020000000000001,PAID",
            aId + ",dibao,2024-10,1330.005,6222020000000000001,PAID",
            aId + ",Di Bao,2024-10,-5,6222020000000000001,SENT",
            aId + ",dibao,2024-10,1330.00,,PAID"};
    }

    @Test
    public void everyPlantedDiscrepancyIsFoundExactlyOnceWithTotalsToTheFen() {
        Reconciliation r = f.reconcile("2024-10", plantedMonth());

        List<Mismatch> all = f.reconciliations.mismatches(r.id(), new MismatchQuery(null, null, null, 0, 100)).items();
        Map<String, String> found = new TreeMap<>();
        for (Mismatch m : all.stream().filter(m -> m.kind() != MismatchKind.UNREADABLE_ROW).toList()) {
            assertNull("one mismatch per payment and kind: " + m, found.put(m.kind() + " " + (m.enrolmentId() != null
                    ? m.enrolmentId() : m.idNumber()), m.amount().toPlainString()));
        }
        Map<String, String> expected = new TreeMap<>();
        expected.put("AMOUNT_DIFFERS " + bEnrolment, "-90.00"); // paid − roll: 90.00 too little
        expected.put("PAID_WHILE_SUSPENDED " + cEnrolment, "800.00");
        expected.put("PAID_WHILE_TERMINATED " + dEnrolment, "500.00");
        expected.put("PAID_TO_DECEASED " + eEnrolment, "1000.00");
        expected.put("PAID_TO_DECEASED " + kEnrolment, "600.00");
        expected.put("PAID_TWICE " + fEnrolment, "1330.00");
        expected.put("ACCOUNT_DIFFERS " + gEnrolment, "420.00");
        expected.put("ON_ROLL_NOT_PAID " + hEnrolment, "330.00");
        expected.put("PAID_NOT_ON_ROLL " + iId, "1330.00");
        expected.put("PAID_NOT_ON_ROLL " + jId, "200.00");
        assertEquals(expected, found);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                all.stream().map(Mismatch::no).toList());

        // every rejected row that is PAID (or of unreadable status) is a mismatch with its money, in file order
        List<Mismatch> unreadable = all.stream().filter(m -> m.kind() == MismatchKind.UNREADABLE_ROW).toList();
        assertEquals(List.of(10, 11, 12, 13, 14), unreadable.stream().map(Mismatch::no).toList());
        assertEquals(List.of(14L, 15L, 16L, 17L, 18L), unreadable.stream().map(Mismatch::line).toList());
        assertEquals(List.of("1330.00", "1330.00", "0.00", "0.00", "1330.00"),
                unreadable.stream().map(m -> m.amount().toPlainString()).toList());
        assertEquals(java.util.Arrays.asList(new BigDecimal("1330.00"), new BigDecimal("1330.00"), null, null,
                new BigDecimal("1330.00")), unreadable.stream().map(Mismatch::paidAmount).toList());
        assertEquals(java.util.Arrays.asList(null, aId, aId, aId, aId),
                unreadable.stream().map(Mismatch::idNumber).toList());
        assertEquals(java.util.Arrays.asList("dibao", "dibao", "dibao", null, "dibao"),
                unreadable.stream().map(Mismatch::programId).toList());
        unreadable.forEach(m -> assertNull(m.street()));
        unreadable.forEach(m -> assertNull(m.householdId()));
        assertTrue(unreadable.get(0).detail(), unreadable.get(0).detail().startsWith("paid 1330.00 for dibao,"
                + " not reconciled: idNumber: "));
        assertEquals("paid 1330.00 for dibao, not reconciled: month: the row is for 2024-09, the reconciliation for"
                + " 2024-10", unreadable.get(1).detail());
        assertTrue(unreadable.get(2).detail(), unreadable.get(2).detail().startsWith("paid an amount that cannot be"
                + " read for dibao, not reconciled: amount: must have at most two decimals"));
        assertTrue(unreadable.get(3).detail(), unreadable.get(3).detail().startsWith("a row of unreadable status for"
                + " an amount that cannot be read, not reconciled: program: "));
        assertEquals("paid 1330.00 for dibao, not reconciled: account: a PAID row needs the account paid to",
                unreadable.get(4).detail());

        Mismatch twice = only(all, MismatchKind.PAID_TWICE);
        assertEquals(Long.valueOf(8), twice.line());
        assertEquals(Long.valueOf(7), twice.firstLine());
        Mismatch amount = only(all, MismatchKind.AMOUNT_DIFFERS);
        assertEquals(new BigDecimal("1590.00"), amount.rollAmount());
        assertEquals(new BigDecimal("1500.00"), amount.paidAmount());
        assertEquals(new BigDecimal("-90.00"), amount.amount());
        assertEquals("paid 1500.00, the roll pays 1590.00 (90.00 too little)", amount.detail());
        Mismatch account = only(all, MismatchKind.ACCOUNT_DIFFERS);
        assertEquals("6222020000000000999", account.paidAccount());
        assertEquals("paid to account ****0999, the payee account is ****0007", account.detail());
        Mismatch unpaid = only(all, MismatchKind.ON_ROLL_NOT_PAID);
        assertEquals(hId, unpaid.idNumber());
        assertEquals("hongqiao", unpaid.street());
        assertNull(unpaid.line());
        assertEquals("on the roll for 330.00; no PAID row (FAILED on line 10)", unpaid.detail());
        assertTrue(only(all, MismatchKind.PAID_WHILE_SUSPENDED).detail().contains("suspended on 2024-09-20"));
        Mismatch unknown = all.stream().filter(m -> iId.equals(m.idNumber())).findFirst().orElseThrow();
        assertNull(unknown.street());
        assertNull(unknown.householdId());
        assertEquals("paid 1330.00 for dibao 2024-10; the ID number is not in the registry", unknown.detail());
        for (Mismatch m : all) {
            assertTrue("no whole ID number in a detail", !m.detail().matches(".*[0-9]{17}[0-9X].*"));
        }

        // the roll: A 1330 + B 1590 + E 1000 + F 1330 (tianshanlu), G 420 + H 330 (hongqiao); C, D, K are off it
        Payroll roll = f.payroll("2024-10");
        ReconciliationTotal total = r.total();
        assertEquals(ReconciliationTotal.ALL, total.key());
        assertEquals(6, total.rollCount());
        assertEquals(new BigDecimal("6000.00"), total.rollAmount());
        assertEquals("the same roll the enrolment service draws", roll.total(), total.rollAmount());
        assertEquals(roll.count(), total.rollCount());
        // the file's PAID rows: lines 2-9 and 11-13 (10340.00), 14, 15 and 18 (1330.00 each), 16 (1330.005, which
        // cannot be read: 0.00); line 17's status cannot be read (and its amount -5 is no payment: 0.00)
        assertEquals(16, total.paidCount());
        assertEquals(new BigDecimal("14330.00"), total.paidAmount());
        assertEquals(15, total.mismatchCount());
        assertEquals(15, total.erroneousPayments());
        assertEquals(new BigDecimal("0.00"), total.overpaidAmount());
        assertEquals(new BigDecimal("90.00"), total.underpaidAmount());
        assertEquals(kinds("AMOUNT_DIFFERS 1 -90.00", "PAID_WHILE_SUSPENDED 1 800.00", "PAID_WHILE_TERMINATED 1 500.00",
                "PAID_TO_DECEASED 2 1600.00", "PAID_TWICE 1 1330.00", "ACCOUNT_DIFFERS 1 420.00",
                "ON_ROLL_NOT_PAID 1 330.00", "PAID_NOT_ON_ROLL 2 1530.00", "UNREADABLE_ROW 5 3990.00"), kinds(total));

        Map<String, ReconciliationTotal> streets = r.byStreet().stream()
                .collect(Collectors.toMap(ReconciliationTotal::key, t -> t));
        assertEquals(List.of(ReconciliationTotal.NOT_REGISTERED, "hongqiao", "tianshanlu"),
                r.byStreet().stream().map(ReconciliationTotal::key).toList());
        ReconciliationTotal tianshanlu = streets.get("tianshanlu");
        assertEquals(4, tianshanlu.rollCount());
        assertEquals(new BigDecimal("5250.00"), tianshanlu.rollAmount());
        assertEquals(6, tianshanlu.paidCount());
        assertEquals(new BigDecimal("6690.00"), tianshanlu.paidAmount());
        assertEquals(kinds("AMOUNT_DIFFERS 1 -90.00", "PAID_TO_DECEASED 1 1000.00", "PAID_TWICE 1 1330.00",
                "PAID_NOT_ON_ROLL 1 200.00"), kinds(tianshanlu));
        assertEquals(4, tianshanlu.erroneousPayments()); // B, E, F's second row, J
        assertEquals(new BigDecimal("90.00"), tianshanlu.underpaidAmount());
        ReconciliationTotal hongqiao = streets.get("hongqiao");
        assertEquals(2, hongqiao.rollCount());
        assertEquals(new BigDecimal("750.00"), hongqiao.rollAmount());
        assertEquals(4, hongqiao.paidCount());
        assertEquals(new BigDecimal("2320.00"), hongqiao.paidAmount());
        assertEquals(kinds("PAID_WHILE_SUSPENDED 1 800.00", "PAID_WHILE_TERMINATED 1 500.00",
                "PAID_TO_DECEASED 1 600.00", "ACCOUNT_DIFFERS 1 420.00", "ON_ROLL_NOT_PAID 1 330.00"), kinds(hongqiao));
        assertEquals(5, hongqiao.erroneousPayments());
        ReconciliationTotal unregistered = streets.get(ReconciliationTotal.NOT_REGISTERED);
        assertEquals(0, unregistered.rollCount());
        assertEquals(6, unregistered.paidCount());
        assertEquals(new BigDecimal("5320.00"), unregistered.paidAmount());
        assertEquals(6, unregistered.erroneousPayments());
        assertEquals(kinds("PAID_NOT_ON_ROLL 1 1330.00", "UNREADABLE_ROW 5 3990.00"), kinds(unregistered));
        assertEquals("the streets add up to the district", total.paidAmount(), tianshanlu.paidAmount()
                .add(hongqiao.paidAmount()).add(unregistered.paidAmount()));

        Map<String, ReconciliationTotal> programs = r.byProgram().stream()
                .collect(Collectors.toMap(ReconciliationTotal::key, t -> t));
        assertEquals(new BigDecimal("5580.00"), programs.get("dibao").rollAmount());
        assertEquals(new BigDecimal("13910.00"), programs.get("dibao").paidAmount());
        assertEquals(1, programs.get("(unknown)").paidCount());
        assertEquals(kinds("UNREADABLE_ROW 1 0.00"), kinds(programs.get("(unknown)")));
        assertEquals(new BigDecimal("420.00"), programs.get("special-hardship").rollAmount());
        assertEquals(kinds("ACCOUNT_DIFFERS 1 420.00"), kinds(programs.get("special-hardship")));
    }

    @Test
    public void badRowsAreListedWithLineAndReasonAndTheRestIsReconciled() {
        Reconciliation r = f.reconcile("2024-10", plantedMonth());
        assertEquals(Long.valueOf(17), r.rows());
        assertEquals(Long.valueOf(5), r.rowErrors());
        List<String> errors = r.errors().stream().map(e -> e.line() + " " + e.field() + " " + e.rule()).toList();
        assertEquals(List.of("14 idNumber checksum", "15 month month", "16 amount scale", "17 program pattern",
                "17 amount min", "17 status oneOf", "18 account required"), errors);
        ReconciliationRowError month = r.errors().get(1);
        assertEquals("the row is for 2024-09, the reconciliation for 2024-10", month.message());
        assertTrue(r.errors().stream().noneMatch(e -> e.message().contains("310105196001011230")));
        assertEquals(64, r.fileSha256().length());
        assertEquals("fund-2024-10.csv", r.fileName());
        assertEquals("auditor.zhou", r.ranBy());
        assertEquals(15, r.unresolved());
    }

    @Test
    public void rerunningTheSameFileGivesTheSameResultAsANewStoredReconciliation() {
        String[] file = plantedMonth();
        Reconciliation first = f.reconcile("2024-10", file);
        Reconciliation second = f.reconcile("2024-10", file);
        assertNotEquals(first.id(), second.id());
        assertEquals(first.fileSha256(), second.fileSha256());
        assertEquals(first.total(), second.total());
        assertEquals(first.byStreet(), second.byStreet());
        assertEquals(first.byProgram(), second.byProgram());
        assertEquals(first.errors(), second.errors());
        assertEquals(content(first.id()), content(second.id()));
        assertEquals(2, f.reconciliations.list(java.time.YearMonth.of(2024, 10), 0, 20).total());
        assertEquals("each run is one audit event", 1, f.count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ?"
                + " AND event_action = 'RECONCILIATION_RUN'", second.id()));
    }

    @Test
    public void aResolutionRecordsWhoWhenAndHowOnce() {
        Reconciliation r = f.reconcile("2024-10", plantedMonth());
        Mismatch unpaid = only(f.reconciliations.mismatches(r.id(), new MismatchQuery("hongqiao",
                MismatchKind.ON_ROLL_NOT_PAID, null, 0, 10)).items(), MismatchKind.ON_ROLL_NOT_PAID);
        Mismatch settled = f.reconciliations.resolve(r.id(), unpaid.no(), new MismatchResolutionRequest(
                MismatchResolutionKind.CORRECTED_PAYMENT, " 补发 330.00，银行流水 2024-11-12 "),
                WriteContext.of("staff.li", null));
        assertEquals(MismatchResolutionKind.CORRECTED_PAYMENT, settled.resolution().kind());
        assertEquals("补发 330.00，银行流水 2024-11-12", settled.resolution().note());
        assertEquals("staff.li", settled.resolution().resolvedBy());
        assertEquals(ReconciliationFixture.NOW, settled.resolution().resolvedAt());
        assertNull(settled.resolution().carriedFrom());
        assertEquals(List.of("staff.li " + h.id() + " RECONCILIATION_MISMATCH_RESOLVED"), f.asked);
        assertEquals(14, f.reconciliations.find(r.id()).orElseThrow().unresolved());
        assertEquals(1, f.reconciliations.mismatches(r.id(), new MismatchQuery(null, null, true, 0, 10)).total());
        assertEquals(14, f.reconciliations.mismatches(r.id(), new MismatchQuery(null, null, false, 0, 10)).total());
        assertEquals(1, f.count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND actor = 'staff.li'"
                + " AND event_action = 'RECONCILIATION_MISMATCH_RESOLVED'", r.id()));
        try {
            f.reconciliations.resolve(r.id(), unpaid.no(), new MismatchResolutionRequest(
                    MismatchResolutionKind.EXPLAINED, "again"), WriteContext.of("staff.wu", null));
            fail("settled once");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains("staff.li"));
        }
        expect422("note", () -> f.reconciliations.resolve(r.id(), 1, new MismatchResolutionRequest(
                MismatchResolutionKind.RECOVERED, " "), WriteContext.of("staff.li", null)));
        expect422("kind", () -> f.reconciliations.resolve(r.id(), 1, new MismatchResolutionRequest(null, "x"),
                WriteContext.of("staff.li", null)));
        try {
            f.reconciliations.resolve(r.id(), 99, new MismatchResolutionRequest(MismatchResolutionKind.RECOVERED, "x"),
                    WriteContext.of("staff.li", null));
            fail("no mismatch 99");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }

    @Test
    public void aMismatchOfAHouseholdWithTheActorsRelativeIsNotTheirsToSettle() {
        Reconciliation r = f.reconcile("2024-10", plantedMonth());
        List<Mismatch> all = f.reconciliations.mismatches(r.id(), new MismatchQuery(null, null, null, 0, 100)).items();
        f.relatives.put("staff.kin", java.util.Set.of(h.id(), b.id()));
        for (MismatchKind kind : List.of(MismatchKind.ON_ROLL_NOT_PAID, MismatchKind.AMOUNT_DIFFERS)) {
            try {
                f.reconciliations.resolve(r.id(), only(all, kind).no(), new MismatchResolutionRequest(
                        MismatchResolutionKind.EXPLAINED, "无误"), WriteContext.of("staff.kin", null));
                fail("a close relative's household: " + kind);
            } catch (DoudiException e) {
                assertEquals(403, e.status());
                assertEquals("conflict-of-interest", e.type());
            }
        }
        assertEquals(15, f.reconciliations.find(r.id()).orElseThrow().unresolved());
        assertEquals(0, f.count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND actor = 'staff.kin'",
                r.id()));
        // payees not registered have no household to ask about: the guard is not asked
        f.asked.clear();
        Mismatch unknown = all.stream().filter(m -> iId.equals(m.idNumber())).findFirst().orElseThrow();
        Mismatch unreadable = all.stream().filter(m -> m.kind() == MismatchKind.UNREADABLE_ROW).findFirst()
                .orElseThrow();
        for (Mismatch m : List.of(unknown, unreadable)) {
            assertEquals("staff.kin", f.reconciliations.resolve(r.id(), m.no(), new MismatchResolutionRequest(
                    MismatchResolutionKind.RECOVERED, "追回 1330.00"), WriteContext.of("staff.kin", null))
                    .resolution().resolvedBy());
        }
        assertEquals(List.of(), f.asked);
        // another member of staff may settle it
        assertEquals("staff.li", f.reconciliations.resolve(r.id(), only(all, MismatchKind.AMOUNT_DIFFERS).no(),
                new MismatchResolutionRequest(MismatchResolutionKind.CORRECTED_PAYMENT, "补发 90.00"),
                WriteContext.of("staff.li", null)).resolution().resolvedBy());
    }

    @Test
    public void aRerunOfTheMonthCarriesResolutionsOverToIdenticalMismatchesOnly() {
        String[] file = plantedMonth();
        Reconciliation first = f.reconcile("2024-10", file);
        List<Mismatch> all = f.reconciliations.mismatches(first.id(), new MismatchQuery(null, null, null, 0, 100))
                .items();
        Mismatch unknown = all.stream().filter(m -> iId.equals(m.idNumber())).findFirst().orElseThrow();
        Mismatch otherMonth = all.stream().filter(m -> Long.valueOf(15).equals(m.line())).findFirst().orElseThrow();
        f.reconciliations.resolve(first.id(), unknown.no(), new MismatchResolutionRequest(
                MismatchResolutionKind.RECOVERED, "追回 1330.00"), WriteContext.of("staff.li", null));
        f.reconciliations.resolve(first.id(), otherMonth.no(), new MismatchResolutionRequest(
                MismatchResolutionKind.EXPLAINED, "九月补发，已核"), WriteContext.of("staff.li", null));
        f.reconciliations.resolve(first.id(), only(all, MismatchKind.AMOUNT_DIFFERS).no(),
                new MismatchResolutionRequest(MismatchResolutionKind.CORRECTED_PAYMENT, "补发 90.00"),
                WriteContext.of("staff.li", null));

        // the platform corrected B's payment to 1560.00: a different mismatch (-30.00), not settled
        file[2] = bId + ",dibao,2024-10,1560.00,6222020000000000002,PAID";
        f.now = ReconciliationFixture.NOW.plusSeconds(3_600);
        Reconciliation second = f.reconcile("2024-10", file);
        List<Mismatch> again = f.reconciliations.mismatches(second.id(), new MismatchQuery(null, null, null, 0, 100))
                .items();
        assertEquals(13, second.unresolved());
        Mismatch carried = again.stream().filter(m -> iId.equals(m.idNumber())).findFirst().orElseThrow();
        assertEquals(MismatchResolutionKind.RECOVERED, carried.resolution().kind());
        assertEquals("追回 1330.00", carried.resolution().note());
        assertEquals("staff.li", carried.resolution().resolvedBy());
        assertEquals("who and when of the original", ReconciliationFixture.NOW, carried.resolution().resolvedAt());
        assertEquals(first.id(), carried.resolution().carriedFrom());
        List<Mismatch> sameKey = again.stream().filter(m -> m.kind() == MismatchKind.UNREADABLE_ROW
                && aId.equals(m.idNumber()) && m.amount().compareTo(new BigDecimal("1330.00")) == 0).toList();
        assertEquals("lines 15 and 18: one resolution for one of them", 2, sameKey.size());
        assertEquals(MismatchResolutionKind.EXPLAINED, sameKey.get(0).resolution().kind());
        assertNull(sameKey.get(1).resolution());
        Mismatch amount = only(again, MismatchKind.AMOUNT_DIFFERS);
        assertEquals(new BigDecimal("-30.00"), amount.amount());
        assertNull("not the same amount: not the same mismatch", amount.resolution());
        assertEquals(1, f.count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND event_action ="
                + " 'RECONCILIATION_RUN' AND payload LIKE '%\"resolutionsCarriedOver\":2%'", second.id()));

        // a third run carries them again, still naming the run they were recorded in
        f.now = ReconciliationFixture.NOW.plusSeconds(7_200);
        Reconciliation third = f.reconcile("2024-10", file);
        assertEquals(13, third.unresolved());
        Mismatch again3 = f.reconciliations.mismatches(third.id(), new MismatchQuery(null, null, true, 0, 100))
                .items().stream().filter(m -> iId.equals(m.idNumber())).findFirst().orElseThrow();
        assertEquals(first.id(), again3.resolution().carriedFrom());
        assertEquals("staff.li", again3.resolution().resolvedBy());
    }

    @Test
    public void overAndUnderpaymentAreSummedApartAndAPaymentWrongTwiceIsOneErroneousPayment() {
        Reconciliation r = f.reconcile("2024-10", HEADER,
                aId + ",dibao,2024-10,1400.00,6222020000000000001,PAID", // 70.00 too much
                bId + ",dibao,2024-10,1500.00,6222020000000000099,PAID", // 90.00 too little, wrong account
                eHead + ",dibao,2024-10,1000.00,6222020000000000005,PAID",
                fId + ",dibao,2024-10,1330.00,6222020000000000006,PAID",
                gId + ",special-hardship,2024-10,420.00,6222020000000000007,PAID",
                hId + ",dibao,2024-10,330.00,6222020000000000008,PAID",
                cId + ",dibao,2024-10,800.00,6222020000000000003,PAID",
                dId + ",dibao,2024-10,500.00,6222020000000000004,PAID",
                kId + ",dibao,2024-10,600.00,6222020000000000009,PAID");
        ReconciliationTotal total = r.total();
        assertEquals(kinds("AMOUNT_DIFFERS 2 -20.00", "ACCOUNT_DIFFERS 1 1500.00"), kinds(total));
        assertEquals(3, total.mismatchCount());
        assertEquals("A, and B once for both its faults", 2, total.erroneousPayments());
        assertEquals(new BigDecimal("70.00"), total.overpaidAmount());
        assertEquals(new BigDecimal("90.00"), total.underpaidAmount());
        assertEquals(new BigDecimal("7880.00"), total.paidAmount());
        assertEquals(new BigDecimal("7900.00"), total.rollAmount());
        assertEquals("paid − roll", total.paidAmount().subtract(total.rollAmount()),
                total.overpaidAmount().subtract(total.underpaidAmount()));
    }

    @Test
    public void aFileThatCannotBeReadIsRefusedAndNothingIsStored() {
        expect422("(header)", () -> f.reconcile("2024-10", "idNumber,program,month,amount,status",
                aId + ",dibao,2024-10,1330.00,PAID"));
        expect422("(body)", () -> f.reconcile("2024-10", HEADER, aId + ",dibao,2024-10,1330.00,\"62220200,PAID"));
        expect422("month", () -> f.reconcile("2024-12", HEADER));
        assertEquals(0, f.count("SELECT COUNT(*) FROM reconciliation"));
        assertEquals(0, f.count("SELECT COUNT(*) FROM audit_event WHERE event_action = 'RECONCILIATION_RUN'"));
    }

    @Test
    public void anEmptyExportLeavesTheWholeRollUnpaidAndAStreetSeesItsOwnMismatches() {
        Reconciliation r = f.reconcile("2024-10", HEADER);
        assertEquals(Long.valueOf(0), r.rows());
        assertEquals(9, r.total().rollCount());
        assertEquals(9, r.total().mismatchCount());
        assertEquals(9, r.total().erroneousPayments());
        assertEquals(new BigDecimal("7900.00"), r.total().rollAmount());
        assertEquals(5, f.reconciliations.mismatches(r.id(), new MismatchQuery("hongqiao", null, null, 0, 10)).total());
        try {
            f.reconciliations.mismatches("no-such-id", new MismatchQuery(null, null, null, 0, 10));
            fail("unknown reconciliation");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }

    private static List<Object> content(Mismatch m) {
        return java.util.Arrays.asList(m.no(), m.kind(), m.street(), m.programId(), m.householdId(), m.enrolmentId(),
                m.idNumber(), m.line(), m.firstLine(), m.rollAmount(), m.paidAmount(), m.amount(), m.rollAccount(),
                m.paidAccount(), m.detail());
    }

    private List<List<Object>> content(String id) {
        return f.reconciliations.mismatches(id, new MismatchQuery(null, null, null, 0, 100)).items().stream()
                .map(ReconciliationRegistryTest::content).toList();
    }

    private static Mismatch only(List<Mismatch> all, MismatchKind kind) {
        List<Mismatch> of = all.stream().filter(m -> m.kind() == kind).toList();
        assertEquals(kind + " once", 1, of.size());
        return of.get(0);
    }

    /** "KIND count amount" for every kind with a count, in kind order. */
    private static List<String> kinds(ReconciliationTotal t) {
        assertEquals(MismatchKind.values().length, t.mismatches().size());
        List<String> out = new ArrayList<>();
        for (MismatchTotal k : t.mismatches()) {
            if (k.count() > 0) {
                out.add(k.kind() + " " + k.count() + " " + k.amount().toPlainString());
            }
        }
        return out;
    }

    private static List<String> kinds(String... expected) {
        List<String> sorted = new ArrayList<>(List.of(expected));
        sorted.sort(java.util.Comparator.comparing(s -> MismatchKind.valueOf(s.split(" ")[0]).ordinal()));
        return sorted;
    }

    private static void expect422(String field, Runnable r) {
        try {
            r.run();
            fail("expected a 422 on " + field);
        } catch (ValidationException e) {
            assertEquals(field, e.violations().get(0).field());
        }
    }
}
