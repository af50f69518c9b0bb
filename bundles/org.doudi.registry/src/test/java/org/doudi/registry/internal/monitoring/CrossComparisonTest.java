package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.registry.Household;
import org.junit.Test;

/**
 * The cross-comparison: every feed type raises its warning with the severity and action of WarningRules, once per
 * fact; a death suspends at once; a street's run only sees its street; a person-level enrolment covers only its
 * person.
 */
public class CrossComparisonTest {
    /** A header and a row template ({@code %s} = the ID number) per type other than death, all in 2024-10. */
    static final Map<FeedType, String[]> ROWS = Map.of(
            FeedType.EMPLOYMENT, new String[] {"idNumber,date,employer,monthlyWage", "%s,2024-10-08,上海长宁物业公司,4500.00"},
            FeedType.PENSION, new String[] {"idNumber,date,monthlyAmount,scheme", "%s,2024-10-01,2100.00,城镇职工"},
            FeedType.CRIMINAL_SENTENCE, new String[] {"idNumber,date,caseNumber,sentence",
                "%s,2024-10-15,(2024)沪0105刑初123号,有期徒刑一年"},
            FeedType.REAL_ESTATE, new String[] {"idNumber,date,propertyId,value", "%s,2024-10-20,沪房2024长字第001号,3200000.00"},
            FeedType.VEHICLE, new String[] {"idNumber,date,plate,value", "%s,2024-10-09,沪A12345,150000.00"},
            FeedType.BUSINESS_REGISTRATION, new String[] {"idNumber,date,registrationNumber,capital",
                "%s,2024-10-11,91310105MA1ABCDE1X,100000.00"},
            FeedType.MEDICAL_EXPENSE, new String[] {"idNumber,date,amount,hospital", "%s,2024-10-12,38000.00,华山医院"},
            FeedType.DISABILITY_CERTIFICATION, new String[] {"idNumber,date,category,grade", "%s,2024-10-03,PHYSICAL,2"},
            FeedType.SCHOOL_ENROLMENT, new String[] {"idNumber,date,school", "%s,2024-09-01,长宁区实验小学"});

    private final MonitoringFixture f = new MonitoringFixture();
    private final String paid = f.idNumber("19600101");
    private final String child = f.idNumber("20100101");
    private final String registered = f.idNumber("19650505");
    private final String recognised = f.idNumber("19580808");
    private final String stranger = f.idNumber("19900909");
    private final Household dibao = f.household("huayanglu", paid, child);
    private final Household plain = f.household("jiangsulu", registered);
    private final Household edge = f.household("huayanglu", recognised);
    private final String dibaoEnrolment = f.enrol(dibao, "dibao", "1330.00", null);
    private final String lone = f.idNumber("19440404");
    private final Household single = f.household("huayanglu", lone);
    private final String loneEnrolment = f.enrol(single, "dibao", "1330.00", null);

    {
        f.enrol(edge, "dibao-edge", "0.00", null);
    }

    private void loadAll() throws Exception {
        for (Map.Entry<FeedType, String[]> e : ROWS.entrySet()) {
            String row = e.getValue()[1];
            f.loadCsv(UUID.randomUUID().toString(), e.getKey().id(), "2024-10", e.getValue()[0],
                    String.format(row, paid), String.format(row, registered), String.format(row, recognised),
                    String.format(row, stranger));
        }
        f.loadCsv(UUID.randomUUID().toString(), "medical-expense", "2024-10", "idNumber,date,amount",
                paid + ",2024-10-20,9999.99");
    }

    @Test
    public void everyTypeRaisesItsWarningWithTheRightSeverityAndAction() throws Exception {
        loadAll();
        assertEquals(0, f.count("SELECT COUNT(*) FROM warning"));
        f.runMonth("2024-10", null);
        assertTrue(f.summary, f.summary.contains("27 warnings raised (6 HIGH, 9 MEDIUM, 12 LOW)"));
        assertTrue(f.summary, f.summary.contains("9 not in the registry"));
        assertTrue(f.summary, f.summary.contains("1 medical expenses below the threshold"));
        for (FeedType t : ROWS.keySet()) {
            boolean needSide = t == FeedType.MEDICAL_EXPENSE || t == FeedType.DISABILITY_CERTIFICATION
                    || t == FeedType.SCHOOL_ENROLMENT;
            if (needSide) {
                assertEquals(t + " enrolled", "LOW/CHECK_NEW_ASSISTANCE", raised(t, paid));
                assertEquals(t + " recognised", "LOW/CHECK_NEW_ASSISTANCE", raised(t, recognised));
                assertEquals(t + " registered", "MEDIUM/CHECK_NEW_ASSISTANCE", raised(t, registered));
            } else {
                assertEquals(t + " enrolled", "HIGH/" + t.action(), raised(t, paid));
                assertEquals(t + " recognised", "MEDIUM/" + t.action(), raised(t, recognised));
                assertEquals(t + " registered", "LOW/UPDATE_RECORD", raised(t, registered));
            }
        }
        assertNull(raised(FeedType.EMPLOYMENT, stranger));
        Warning job = f.warnings.search(new WarningQuery(null, FeedType.EMPLOYMENT, null, dibao.id(), 0, 10))
                .items().get(0);
        assertEquals("social-insurance contributions from 2024-10-08 by employer 上海长宁物业公司, monthly wage 4500.00"
                + " yuan — source: 人社局, period 2024-10", job.facts());
        assertEquals(List.of("dibao"), job.enrolments());
        assertEquals(paid, job.idNumber());
        assertEquals("成员0", job.personName());
        assertEquals("huayanglu", job.street());
        assertEquals(0, job.ageDays());
        assertEquals("ACTIVE/-", f.enrolmentStatus(dibaoEnrolment));
    }

    @Test
    public void rerunningAMonthWithTheSameDataRaisesNothing() throws Exception {
        loadAll();
        f.runMonth("2024-10", null);
        f.runMonth("2024-10", null);
        assertTrue(f.summary, f.summary.contains(": 0 warnings raised"));
        assertTrue(f.summary, f.summary.contains("27 already raised"));
        assertEquals(27, f.count("SELECT COUNT(*) FROM warning"));
    }

    @Test
    public void aStreetRunOnlyTouchesItsStreetsHouseholds() throws Exception {
        String[] t = ROWS.get(FeedType.VEHICLE);
        f.loadCsv(UUID.randomUUID().toString(), "vehicle", "2024-10", t[0], String.format(t[1], paid),
                String.format(t[1], registered));
        f.runMonth("2024-10", "jiangsulu");
        assertEquals("jiangsulu", f.query("SELECT street FROM warning"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning"));
        f.runMonth("2024-10", null);
        assertEquals(2, f.count("SELECT COUNT(*) FROM warning"));
        assertEquals("HIGH/RECHECK_ASSETS", raised(FeedType.VEHICLE, paid));
    }

    @Test
    public void aPersonLevelEnrolmentCoversOnlyItsPerson() throws Exception {
        String head = f.idNumber("19550303");
        String disabled = f.idNumber("19800404");
        Household h = f.household("xinhualu", head, disabled);
        f.enrol(h, "special-hardship", "1729.00", MonitoringFixture.personOf(h, disabled));
        String[] t = ROWS.get(FeedType.EMPLOYMENT);
        f.loadCsv(UUID.randomUUID().toString(), "employment", "2024-10", t[0], String.format(t[1], head),
                String.format(t[1], disabled));
        f.runMonth("2024-10", null);
        assertEquals("LOW/UPDATE_RECORD", raised(FeedType.EMPLOYMENT, head));
        assertEquals("HIGH/RECHECK_INCOME", raised(FeedType.EMPLOYMENT, disabled));
    }

    @Test
    public void aReportedDeathSuspendsAtOnceOnlyWhatPaidForNobodyElse() throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "death", "2024-11", "idNumber,date,place",
                lone + ",2024-11-10,华东医院", child + ",2024-11-10,", registered + ",2024-11-09,",
                stranger + ",2024-11-08,");
        assertTrue(f.summary, f.summary.contains("3 warnings raised (2 HIGH, 1 MEDIUM, 0 LOW)"));
        assertTrue(f.summary, f.summary.contains("1 enrolments suspended"));
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(loneEnrolment));
        assertEquals("ACTIVE/-", f.enrolmentStatus(dibaoEnrolment));
        assertEquals("HIGH/STOP_PAYMENT", raised(FeedType.DEATH, lone));
        assertEquals("HIGH/RECHECK_ELIGIBILITY", raised(FeedType.DEATH, child));
        assertEquals("MEDIUM/UPDATE_RECORD", raised(FeedType.DEATH, registered));
        Warning w = f.warnings.search(new WarningQuery("huayanglu", FeedType.DEATH, null, single.id(), 0, 10))
                .items().get(0);
        assertEquals(List.of(loneEnrolment), w.suspendedEnrolments());
        assertEquals("death registered: died on 2024-11-10 (place=华东医院) — source: 公安局/殡葬管理, period 2024-11",
                w.facts());
        Warning childs = f.warnings.search(new WarningQuery("huayanglu", FeedType.DEATH, null, dibao.id(), 0, 10))
                .items().get(0);
        assertEquals("death registered: died on 2024-11-10; dibao: the benefit was computed for 2 members:"
                + " recalculate (the death does not stop this enrolment; its confirmation ends the member only)"
                + " — source: 公安局/殡葬管理, period 2024-11", childs.facts());
        assertEquals(List.of(), childs.suspendedEnrolments());
        assertEquals(1, f.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'system:monitoring'"
                + " AND event_action = 'ENROLMENT_SUSPENDED' AND entity_id = ?", loneEnrolment));
        assertEquals(TODAY_SINCE, f.query("SELECT CAST(status_since AS CHAR(10)) FROM enrolment WHERE id = ?",
                loneEnrolment));
        f.runMonth("2024-11", null);
        assertTrue(f.summary, f.summary.contains("0 warnings raised"));
        assertTrue(f.summary, f.summary.contains("0 enrolments suspended"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM enrolment_change WHERE enrolment_id = ? AND status = 'SUSPENDED'",
                loneEnrolment));
    }

    @Test
    public void aSuspensionACrashLeftUndoneIsRepairedByTheNextRun() throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "death", "2024-11", "idNumber,date", lone + ",2024-11-10");
        // as if the server stopped between writing the warning and its suspension's transaction
        f.sql("UPDATE warning SET suspension_due = TRUE, suspended_enrolments = NULL");
        f.sql("UPDATE enrolment SET status = 'ACTIVE', status_reason = NULL WHERE id = ?", loneEnrolment);
        f.runMonth("2024-11", null);
        assertTrue(f.summary, f.summary.contains("1 enrolments suspended"));
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(loneEnrolment));
        assertEquals(loneEnrolment, f.query("SELECT suspended_enrolments FROM warning"));
        assertEquals("false", f.query("SELECT CAST(suspension_due AS CHAR(5)) FROM warning").strip());
    }

    private static final String TODAY_SINCE = MonitoringFixture.TODAY.toString();

    private String raised(FeedType type, String idNumber) {
        return f.query("SELECT severity || '/' || suggested_action FROM warning WHERE feed_type = ? AND id_number = ?",
                type.id(), idNumber);
    }
}
