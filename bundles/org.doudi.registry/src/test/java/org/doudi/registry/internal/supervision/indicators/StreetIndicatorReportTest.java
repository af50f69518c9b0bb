package org.doudi.registry.internal.supervision.indicators;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.doudi.api.supervision.StreetIndicator;
import org.doudi.api.supervision.StreetIndicatorReport;
import org.doudi.api.supervision.StreetIndicatorRow;
import org.junit.Before;
import org.junit.Test;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeFixture;

/**
 * The street indicators on a small known month, March 2025: cases decided (on time or not), warnings closed (within 30
 * days or not, month boundaries in Asia/Shanghai, a routed warning counting for its new street), the latest fund
 * reconciliation's mismatches and the file check's corrected findings — exact numerators and denominators.
 */
public class StreetIndicatorReportTest {
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private final StaffRelativeFixture f = new StaffRelativeFixture();
    private final StreetIndicatorRegistry indicators = new StreetIndicatorRegistry();
    private String tianshanlu;
    private String hongqiao;
    /** The households the visit service reports overdue, whatever day is asked. */
    private final java.util.List<org.doudi.api.needs.VisitDue> overdue = new java.util.ArrayList<>();
    private final org.doudi.api.needs.VisitService overdueVisits = new org.doudi.api.needs.VisitService() {
        @Override
        public org.doudi.api.needs.Visit record(org.doudi.api.needs.VisitRequest r, org.doudi.api.WriteContext c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.List<org.doudi.api.needs.Visit> history(String householdId) {
            return java.util.List.of();
        }

        @Override
        public java.util.Optional<org.doudi.api.needs.VisitDue> due(String householdId, LocalDate asOf) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.List<org.doudi.api.needs.VisitDue> overdue(org.doudi.api.needs.OverdueVisitQuery q) {
            return overdue;
        }

        @Override
        public java.util.List<org.doudi.api.needs.AdvisorSummary> advisors(String street, LocalDate asOf) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.List<org.doudi.api.needs.ServiceTally> services(String street, LocalDate from,
                LocalDate to) {
            throw new UnsupportedOperationException();
        }
    };

    @Before
    public void plantTheMonth() throws ReflectiveOperationException {
        StaffRelativeFixture.set(indicators, "jpa", f.jpa);
        StaffRelativeFixture.set(indicators, "streets", f.streets);
        StaffRelativeFixture.set(indicators, "visits", overdueVisits);
        indicators.configure(StaffRelativeFixture.defaults(StreetIndicatorConfig.class));
        tianshanlu = f.household("tianshanlu", f.idNumber("19500101")).id();
        hongqiao = f.household("hongqiao", f.idNumber("19500102")).id();
        decided("c1", tianshanlu, "tianshanlu", "2025-03-10", "2025-03-31");
        decided("c2", tianshanlu, "tianshanlu", "2025-03-31", "2025-03-31");
        decided("c3", tianshanlu, "tianshanlu", "2025-03-20", "2025-03-19");
        decided("c4", tianshanlu, "tianshanlu", "2025-02-28", "2025-03-31");
        decided("c5", tianshanlu, "tianshanlu", "2025-04-01", "2025-04-30");
        decided("c6", tianshanlu, "tianshanlu", null, "2025-03-20");
        decided("c7", hongqiao, "hongqiao", "2025-03-05", "2025-03-04");
        warning("w1", tianshanlu, "tianshanlu", null, "DISPOSED", "2025-02-10T02:00", "2025-03-05T02:00");
        warning("w2", tianshanlu, "tianshanlu", null, "DISMISSED", "2025-01-20T02:00", "2025-03-10T02:00");
        warning("w3", tianshanlu, "tianshanlu", null, "DISPOSED", "2025-01-30T02:00", "2025-02-28T16:30");
        warning("w4", tianshanlu, "tianshanlu", null, "DISPOSED", "2025-03-20T02:00", "2025-03-31T16:30");
        warning("w5", hongqiao, "hongqiao", "tianshanlu", "DISPOSED", "2025-03-01T02:00", "2025-03-02T02:00");
        warning("w6", hongqiao, "hongqiao", null, "ASSIGNED", "2025-03-01T02:00", null);
        warning("w7", hongqiao, "hongqiao", null, "DISPOSED", "2025-01-01T02:00", "2025-03-15T02:00");
    }

    @Test
    public void deadlineComplianceCountsTheCasesDecidedInTheMonthAndTheOverdueUndecidedOnes() {
        StreetIndicatorReport r = indicators.report(MARCH, null);
        assertEquals("2025-03", r.month());
        assertEquals(10, r.streets().size());
        assertEquals("huayanglu", r.streets().get(0).street());
        // c1, c2 on time, c3 late, c6 (due 2025-03-20) still undecided: missed
        assertIndicator(2, 4, "0.5000", row(r, "tianshanlu").deadlineCompliance());
        assertIndicator(0, 1, "0.0000", row(r, "hongqiao").deadlineCompliance());
        assertIndicator(0, 0, null, row(r, "xinhualu").deadlineCompliance());
        assertIndicator(2, 5, "0.4000", r.district().deadlineCompliance());
        assertEquals("district", r.district().street());
    }

    @Test
    public void warningsClosedOnTimeReadTheDaysInShanghai() throws Exception {
        StreetIndicatorReport r = indicators.report(MARCH, null);
        assertEquals(30, r.warningCloseDays());
        assertIndicator(3, 4, "0.7500", row(r, "tianshanlu").warningsClosedOnTime());
        assertIndicator(0, 1, "0.0000", row(r, "hongqiao").warningsClosedOnTime());
        assertIndicator(3, 5, "0.6000", r.district().warningsClosedOnTime());
        indicators.configure(days(20));
        assertIndicator(1, 4, "0.2500", indicators.report(MARCH, null).streets().stream()
                .filter(s -> s.street().equals("tianshanlu")).findFirst().orElseThrow().warningsClosedOnTime());
        indicators.configure(days(0)); // refused: 20 stays
        assertEquals(20, indicators.report(MARCH, null).warningCloseDays());
    }

    @Test
    public void visitsAreNotRecordedYetAndAMonthWithoutReconciliationOrFileCheckSaysSo() {
        StreetIndicatorRow feb = row(indicators.report(YearMonth.of(2025, 2), null), "tianshanlu");
        assertEquals("no household assessed yet: nothing to cover", StreetIndicator.of(0, 0, null), feb.visitCoverage());
        assertEquals(StreetIndicator.notRecorded("no fund reconciliation of this month"), feb.reconciliationErrors());
        assertEquals(StreetIndicator.notRecorded("no file check drawn for this month"),
                feb.fileCheckFindingsCorrected());
        assertIndicator(1, 1, "1.0000", feb.deadlineCompliance()); // c4, decided on 2025-02-28 before its deadline
    }

    @Test
    public void reconciliationErrorsComeFromTheMonthsLatestRun() {
        reconciliation("r-old", "2025-04-01T08:00");
        total("r-old", "tianshanlu", 10);
        measure("r-old", "tianshanlu", "ERRONEOUS", 5);
        for (int i = 1; i <= 5; i++) {
            mismatch("r-old", i, "tianshanlu");
        }
        reconciliation("r-new", "2025-04-02T08:00");
        total("r-new", "tianshanlu", 10);
        total("r-new", "hongqiao", 5);
        f.sql("INSERT INTO reconciliation_total VALUES ('r-new', 'ALL', 'all', 'ROLL', 15, 7500.00)");
        f.sql("INSERT INTO reconciliation_total VALUES ('r-new', 'STREET', 'tianshanlu', 'PAID', 10, 5000.00)");
        // tianshanlu: one roll payment paid with the wrong amount AND the wrong account (two mismatches, one
        // erroneous payment), one paid twice (the second row reached no roll line)
        measure("r-new", "tianshanlu", "PAID_OFF_ROLL", 1);
        measure("r-new", "tianshanlu", "ERRONEOUS", 2);
        mismatch("r-new", 1, "tianshanlu");
        mismatch("r-new", 2, "tianshanlu");
        mismatch("r-new", 3, "tianshanlu");
        // a payment to someone not registered
        measure("r-new", "(not registered)", "PAID_OFF_ROLL", 1);
        measure("r-new", "(not registered)", "ERRONEOUS", 1);
        mismatch("r-new", 4, null);
        StreetIndicatorReport r = indicators.report(MARCH, null);
        assertIndicator(2, 11, "0.1818", row(r, "tianshanlu").reconciliationErrors());
        assertIndicator(0, 5, "0.0000", row(r, "hongqiao").reconciliationErrors());
        assertIndicator(0, 0, null, row(r, "xinhualu").reconciliationErrors());
        // the district row also counts the payment to someone not registered (no street row shows it)
        assertIndicator(3, 17, "0.1765", r.district().reconciliationErrors());
        assertIndicator(3, 17, "0.1765", org.doudi.registry.internal.Tx.run(f.jpa,
                em -> ReconciliationErrors.district(em, MARCH)).orElseThrow());
    }

    @Test
    public void fileCheckFindingsCorrectedOverTheMonthsFindings() {
        f.sql("INSERT INTO file_check (id, check_month, seed, size_per_street, items, drawn_by, drawn_at, version)"
                + " VALUES ('fc', '2025-03', 7, 2, 'income', 'admin', ?, 1)", LocalDateTime.of(2025, 3, 31, 1, 0));
        sample("s1", "c1", tianshanlu, "tianshanlu");
        sample("s2", "c7", hongqiao, "hongqiao");
        finding("f1", "s1", 1, "2025-03-25");
        finding("f2", "s1", 2, "2025-03-28");
        finding("f3", "s1", 3, null);
        finding("f4", "s2", 1, null);
        StreetIndicatorReport r = indicators.report(MARCH, null);
        assertIndicator(2, 3, "0.6667", row(r, "tianshanlu").fileCheckFindingsCorrected());
        assertIndicator(0, 1, "0.0000", row(r, "hongqiao").fileCheckFindingsCorrected());
        assertIndicator(0, 0, null, row(r, "xinhualu").fileCheckFindingsCorrected());
        assertIndicator(2, 4, "0.5000", r.district().fileCheckFindingsCorrected());
    }

    @Test
    public void oneStreetIsItsOwnTotal() {
        StreetIndicatorReport r = indicators.report(MARCH, "tianshanlu");
        assertEquals(List.of("tianshanlu"), r.streets().stream().map(StreetIndicatorRow::street).toList());
        assertEquals(r.streets().get(0).deadlineCompliance(), r.district().deadlineCompliance());
        assertEquals(r.streets().get(0).warningsClosedOnTime(), r.district().warningsClosedOnTime());
        assertEquals(0, indicators.report(MARCH, "-").streets().size());
    }

    private static StreetIndicatorRow row(StreetIndicatorReport r, String street) {
        return r.streets().stream().filter(s -> s.street().equals(street)).findFirst().orElseThrow();
    }

    private static void assertIndicator(long numerator, long denominator, String rate, StreetIndicator i) {
        assertEquals(Long.valueOf(numerator), i.numerator());
        assertEquals(Long.valueOf(denominator), i.denominator());
        if (rate == null) {
            assertNull(i.rate());
        } else {
            assertEquals(new BigDecimal(rate), i.rate());
        }
    }

    private static StreetIndicatorConfig days(int days) {
        return (StreetIndicatorConfig) Proxy.newProxyInstance(StreetIndicatorConfig.class.getClassLoader(),
                new Class<?>[] {StreetIndicatorConfig.class}, (p, m, a) -> days);
    }

    @Test
    public void visitCoverageIsTheShareOfAssessedHouseholdsNotOverdueAtTheMonthsEnd() {
        String second = f.household("tianshanlu", f.idNumber("19500103")).id();
        assessed("a1", tianshanlu, "2025-02-10");
        assessed("a2", second, "2025-03-15");
        assessed("a3", hongqiao, "2025-04-02"); // after March: not counted in March
        overdue.add(new org.doudi.api.needs.VisitDue(second, "tianshanlu", org.doudi.api.needs.Grade.HIGH, 1, null,
                null, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 30), 2));
        StreetIndicatorReport r = indicators.report(MARCH, null);
        assertIndicator(1, 2, "0.5000", row(r, "tianshanlu").visitCoverage());
        assertIndicator(0, 0, null, row(r, "hongqiao").visitCoverage());
        assertIndicator(1, 2, "0.5000", r.district().visitCoverage());
    }

    private void assessed(String id, String household, String on) {
        LocalDateTime at = LocalDateTime.of(2025, 3, 1, 0, 0);
        f.sql("INSERT INTO needs_assessment (id, household_id, street, assessed_on, material, health, education,"
                + " employment, social_support, children_youth, score, hardship_level, recorded_by, recorded_at, version)"
                + " VALUES (?, ?, 'x', ?, 'HIGH', 'HIGH', 'HIGH', 'HIGH', 'HIGH', 'HIGH', 18, 'HIGH', 'tester', ?, 1)",
                id, household, LocalDate.parse(on), at);
    }

    private void decided(String id, String household, String street, String decidedOn, String deadline) {
        LocalDateTime at = LocalDateTime.of(2025, 3, 1, 0, 0);
        f.sql("INSERT INTO case_file (id, household_id, program_id, street, status, accepted_on, deadline, deadline_days,"
                + " deadline_provisional, calendar_revision, credit_commitment, verification_authorisation, decided_on,"
                + " version, created_at, updated_at) VALUES (?, ?, 'dibao', ?, ?, ?, ?, 20, FALSE, 1, TRUE, TRUE, ?, 1,"
                + " ?, ?)", id, household, street, decidedOn == null ? "UNDER_REVIEW" : "CONFIRMED",
                LocalDate.of(2025, 2, 1), LocalDate.parse(deadline), decidedOn == null ? null : LocalDate.parse(decidedOn),
                at, at);
    }

    private void warning(String id, String household, String street, String assignedStreet, String status,
            String raisedAt, String disposedAt) {
        f.sql("INSERT INTO warning (id, fact_hash, feed_type, severity, status, suggested_action, person_id, id_number,"
                + " household_id, street, fact_date, facts, suspension_due, source, run_month, raised_at,"
                + " assigned_street, disposed_at, version) VALUES (?, ?, 'death', 'HIGH', ?, 'STOP_PAYMENT', 'p',"
                + " '310105195001011234', ?, ?, ?, 'death reported', FALSE, 'DOUDI', '2025-03', ?, ?, ?, 1)", id,
                "hash-" + id, status, household, street, LocalDate.of(2025, 1, 1), LocalDateTime.parse(raisedAt),
                assignedStreet, disposedAt == null ? null : LocalDateTime.parse(disposedAt));
    }

    private void reconciliation(String id, String ranAt) {
        f.sql("INSERT INTO reconciliation (id, recon_month, file_name, file_sha256, row_count, error_count,"
                + " mismatch_count, ran_by, ran_at) VALUES (?, '2025-03', 'fund.csv', 'abc', 20, 0, 3, 'admin', ?)",
                id, LocalDateTime.parse(ranAt));
    }

    private void total(String run, String street, long roll) {
        f.sql("INSERT INTO reconciliation_total VALUES (?, 'STREET', ?, 'ROLL', ?, 0.00)", run, street, roll);
    }

    private void measure(String run, String street, String measure, long count) {
        f.sql("INSERT INTO reconciliation_total VALUES (?, 'STREET', ?, ?, ?, 0.00)", run, street, measure, count);
    }

    private void mismatch(String run, int no, String street) {
        f.sql("INSERT INTO reconciliation_mismatch (reconciliation_id, mismatch_no, kind, street, program_id, amount,"
                + " detail, version) VALUES (?, ?, 'NOT_PAID', ?, 'dibao', 500.00, 'on our roll, not paid', 1)", run, no,
                street);
    }

    private void sample(String id, String caseId, String household, String street) {
        f.sql("INSERT INTO file_check_case (id, file_check_id, case_id, household_id, program_id, street, case_status,"
                + " decided_on, rank_no, version) VALUES (?, 'fc', ?, ?, 'dibao', ?, 'CONFIRMED', ?, 1, 1)", id, caseId,
                household, street, LocalDate.of(2025, 3, 10));
    }

    private void finding(String id, String sample, int no, String correctedOn) {
        f.sql("INSERT INTO file_check_finding (id, sample_id, finding_no, category, description, required_correction,"
                + " due_on, status, recorded_by, recorded_at, corrected_on, version) VALUES (?, ?, ?, 'MISSING', 'x',"
                + " 'y', ?, ?, 'admin', ?, ?, 1)", id, sample, no, LocalDate.of(2025, 4, 30),
                correctedOn == null ? "OPEN" : "CLOSED", LocalDateTime.of(2025, 3, 20, 1, 0),
                correctedOn == null ? null : LocalDate.parse(correctedOn));
    }
}
