package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.Test;

/** The city platform's results: imported as warnings, deduplicated against ours by the fact hash. */
public class WarningCityResultsTest {
    private final MonitoringFixture f = new MonitoringFixture();
    private final String head = f.idNumber("19600101");
    private final String child = f.idNumber("20080606");
    private final String registered = f.idNumber("19650505");
    private final Household dibao = f.household("huayanglu", head, child);
    private final Household plain = f.household("jiangsulu", registered);
    private final String enrolment = f.enrol(dibao, "dibao", "1330.00", null);

    @Test
    public void cityResultsAreImportedOnceAndMergedWithOursEitherWayRound() throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "vehicle", "2024-10", "idNumber,date,plate,value",
                head + ",2024-10-09,沪A12345,150000.00");
        f.runMonth("2024-10", null);
        Path file = MonitoringFixture.file("idNumber,type,date,key,amount,detail",
                head + ",vehicle,2024-10-09,沪A12345,150000.00,市平台比对：车辆登记",
                registered + ",employment,2024-10-01,长宁区某超市,3200.00,市平台比对：社保缴纳",
                f.idNumber("19900909") + ",pension,2024-10-01,,2100.00,",
                head + ",lottery,2024-10-01,,,",
                child + ",death,2024-13-01,,,",
                child + ",death,2024-11-03,,,市平台比对：死亡登记");
        RecordingJobRun first = importFor("huayanglu", file);
        assertEquals(Long.valueOf(1), first.counts.get("merged"));
        assertEquals(Long.valueOf(2), first.counts.get("warnings"));
        assertEquals(Long.valueOf(3), first.counts.get("rejected"));
        assertEquals(3, first.errors.size());
        assertEquals(Long.valueOf(4), first.errors.get(0).line());
        assertTrue(first.errors.get(0).reason().startsWith("idNumber: registered"));
        assertTrue(first.errors.get(1).reason().startsWith("type: oneOf: unknown type 'lottery'"));
        assertTrue(first.errors.get(2).reason().startsWith("date: format"));

        assertEquals("BOTH", f.query("SELECT source FROM warning WHERE fact_key = '沪A12345'"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning WHERE fact_key = '沪A12345'"));
        assertEquals("CITY_PLATFORM/LOW/UPDATE_RECORD/jiangsulu", f.query("SELECT source || '/' || severity || '/'"
                + " || suggested_action || '/' || street FROM warning WHERE id_number = ?", registered));
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(enrolment));
        assertTrue(f.query("SELECT facts FROM warning WHERE feed_type = 'death'").contains(
                "city platform results, huayanglu 2024-10"));

        RecordingJobRun again = importFor("huayanglu", file);
        assertEquals(Long.valueOf(3), again.counts.get("alreadyImported"));
        assertEquals(null, again.counts.get("warnings"));
        assertEquals(3, f.count("SELECT COUNT(*) FROM warning"));

        f.loadCsv(UUID.randomUUID().toString(), "employment", "2024-10", "idNumber,date,employer,monthlyWage",
                registered + ",2024-10-01,长宁区某超市,3200.00");
        f.runMonth("2024-10", null);
        assertEquals(3, f.count("SELECT COUNT(*) FROM warning"));
        assertEquals("BOTH", f.query("SELECT source FROM warning WHERE id_number = ?", registered));
    }

    private RecordingJobRun importFor(String street, Path file) throws Exception {
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.STREET, street,
                JobParams.MONTH, "2024-10"), file);
        r.street = street;
        f.summary = f.cityResults.run(r);
        return r;
    }
}
