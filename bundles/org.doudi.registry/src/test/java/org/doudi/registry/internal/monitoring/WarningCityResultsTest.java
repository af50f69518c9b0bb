package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.doudi.api.WriteContext;
import org.doudi.api.monitoring.DispositionKind;
import org.doudi.api.monitoring.WarningDisposition;
import org.doudi.api.monitoring.WarningVerification;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.Test;

/**
 * The city platform's results: imported as warnings, deduplicated against ours by the fact hash (one normaliser
 * for both), limited to the job's street, suspending only in that street.
 */
public class WarningCityResultsTest {
    private static final WriteContext OPERATOR = WriteContext.of("operator.li", null);
    private final MonitoringFixture f = new MonitoringFixture();
    private final String head = f.idNumber("19600101");
    private final String child = f.idNumber("20080606");
    private final String registered = f.idNumber("19650505");
    private final String lone = f.idNumber("19440404");
    private final Household dibao = f.household("huayanglu", head, child);
    private final Household plain = f.household("jiangsulu", registered);
    private final Household single = f.household("huayanglu", lone);
    private final String enrolment = f.enrol(dibao, "dibao", "1330.00", null);
    private final String loneEnrolment = f.enrol(single, "dibao", "1330.00", null);

    @Test
    public void cityResultsAreImportedOnceAndMergedWithOursEitherWayRound() throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "vehicle", "2024-10", "idNumber,date,plate,value",
                head + ",2024-10-09,沪A12345,150000.00");
        f.runMonth("2024-10", null);
        Path file = MonitoringFixture.file("idNumber,type,date,key,amount,detail",
                head + ",vehicle,2024-10-09, 沪ａ１２３４５ ,150000.00,市平台比对：车辆登记",
                registered + ",employment,2024-10-01,长宁区某超市,3200.00,市平台比对：社保缴纳",
                f.idNumber("19900909") + ",pension,2024-10-01,,2100.00,",
                head + ",lottery,2024-10-01,,,",
                child + ",death,2024-13-01,,,",
                child + ",death,2024-11-03,,,市平台比对：死亡登记");
        RecordingJobRun first = importFor("huayanglu", file);
        assertEquals(Long.valueOf(1), first.counts.get("merged"));
        assertEquals(Long.valueOf(1), first.counts.get("warnings"));
        assertEquals(Long.valueOf(4), first.counts.get("rejected"));
        assertEquals(4, first.errors.size());
        assertEquals(Long.valueOf(3), first.errors.get(0).line());
        assertEquals("idNumber: otherStreet: the person is registered in another street, not huayanglu",
                first.errors.get(0).reason());
        assertEquals(Long.valueOf(4), first.errors.get(1).line());
        assertTrue(first.errors.get(1).reason().startsWith("idNumber: registered"));
        assertTrue(first.errors.get(2).reason().startsWith("type: oneOf: unknown type 'lottery'"));
        assertTrue(first.errors.get(3).reason().startsWith("date: format"));

        assertEquals("BOTH", f.query("SELECT source FROM warning WHERE feed_type = 'vehicle'"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning WHERE feed_type = 'vehicle'"));
        assertEquals(0, f.count("SELECT COUNT(*) FROM warning WHERE id_number = ?", registered));
        assertEquals("CITY_PLATFORM/HIGH/RECHECK_ELIGIBILITY", f.query("SELECT source || '/' || severity || '/'"
                + " || suggested_action FROM warning WHERE feed_type = 'death'"));
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        assertTrue(f.query("SELECT facts FROM warning WHERE feed_type = 'death'").contains(
                "city platform results, huayanglu 2024-10"));

        RecordingJobRun again = importFor("huayanglu", file);
        assertEquals(Long.valueOf(2), again.counts.get("alreadyImported"));
        assertNull(again.counts.get("warnings"));
        assertEquals(2, f.count("SELECT COUNT(*) FROM warning"));

        f.loadCsv(UUID.randomUUID().toString(), "death", "2024-11", "idNumber,date", child + ",2024-11-03");
        assertEquals(2, f.count("SELECT COUNT(*) FROM warning"));
        assertEquals("BOTH", f.query("SELECT source FROM warning WHERE feed_type = 'death'"));
    }

    @Test
    public void aCityDeathRowWithACertificateNumberIsOurFactAndDoesNotSuspendARestoredPaymentAgain()
            throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "death", "2024-11", "idNumber,date", lone + ",2024-11-03");
        String id = f.query("SELECT id FROM warning WHERE id_number = ?", lone);
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(loneEnrolment));
        f.warnings.verify(id, new WarningVerification(false, null, "本人健在", null, null), OPERATOR);
        f.warnings.dispose(id, new WarningDisposition(DispositionKind.DISMISS, "误报", null, null, null, null, null),
                OPERATOR);
        assertEquals("ACTIVE/-", f.enrolmentStatus(loneEnrolment));

        RecordingJobRun r = importFor("huayanglu", MonitoringFixture.file("idNumber,type,date,key,amount,detail",
                lone + ",death,2024-11-03,沪死证字2024第001号,,市平台比对：死亡登记"));
        assertEquals(Long.valueOf(1), r.counts.get("merged"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning"));
        assertEquals("ACTIVE/-", f.enrolmentStatus(loneEnrolment));
        assertTrue(f.summary, f.summary.endsWith("0 enrolments suspended"));
    }

    @Test
    public void aCityRowWithoutWhatIdentifiesItsFactIsRejected() throws Exception {
        RecordingJobRun r = importFor("huayanglu", MonitoringFixture.file("idNumber,type,date,key,amount,detail",
                head + ",vehicle,2024-10-09,,150000.00,",
                head + ",pension,2024-10-01,城镇职工,,",
                head + ",pension,2024-10-01,,2100.00,"));
        assertEquals(2, r.errors.size());
        assertEquals("key: required: a vehicle result needs its plate in key: it identifies the fact",
                r.errors.get(0).reason());
        assertEquals("amount: required: a pension result needs its monthlyAmount in amount: it identifies the fact",
                r.errors.get(1).reason());
        // a pension is the same fact with or without its scheme: the amount identifies it
        f.loadCsv(UUID.randomUUID().toString(), "pension", "2024-10", "idNumber,date,monthlyAmount,scheme",
                head + ",2024-10-01,2100.00,城镇职工");
        f.runMonth("2024-10", null);
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning WHERE feed_type = 'pension'"));
        assertEquals("BOTH", f.query("SELECT source FROM warning WHERE feed_type = 'pension'"));
    }

    @Test
    public void aStreetsImportAppliesOnlyItsOwnStreetsDueSuspensions() throws Exception {
        String other = f.idNumber("19430303");
        Household elsewhere = f.household("jiangsulu", other);
        String elsewhereEnrolment = f.enrol(elsewhere, "dibao", "1330.00", null);
        f.loadCsv(UUID.randomUUID().toString(), "death", "2024-11", "idNumber,date", other + ",2024-11-01");
        // as if the server stopped between the jiangsulu warning's commit and its suspension
        f.sql("UPDATE warning SET suspension_due = TRUE, suspended_enrolments = NULL");
        f.sql("UPDATE enrolment SET status = 'ACTIVE', status_reason = NULL WHERE id = ?", elsewhereEnrolment);

        importFor("huayanglu", MonitoringFixture.file("idNumber,type,date,key,amount,detail",
                lone + ",death,2024-11-02,,,"));
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(loneEnrolment));
        assertEquals("ACTIVE/-", f.enrolmentStatus(elsewhereEnrolment));
        assertTrue(f.summary, f.summary.endsWith("1 enrolments suspended"));

        new SuspensionSweeper(f.ds, f.jpa, f.clock, f.households).sweep();
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(elsewhereEnrolment));
    }

    private RecordingJobRun importFor(String street, Path file) throws Exception {
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.STREET, street,
                JobParams.MONTH, "2024-10"), file);
        r.street = street;
        f.summary = f.cityResults.run(r);
        return r;
    }
}
