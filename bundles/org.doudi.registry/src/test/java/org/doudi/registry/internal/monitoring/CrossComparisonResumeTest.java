package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.Test;

/**
 * A monitoring run stopped and resumed: it works through the batches frozen at its first start, by a stable
 * position; it commits and sees a cancellation every N records even when no warning is pending; batches still
 * loading are counted and named.
 */
public class CrossComparisonResumeTest {
    private final MonitoringFixture f = new MonitoringFixture();
    private final String[] people = new String[6];

    {
        for (int i = 0; i < people.length; i++) {
            people[i] = f.idNumber("1970010" + (i + 1));
            f.household("huayanglu", people[i]);
        }
    }

    @Test
    public void aResumedRunComparesTheBatchesOfItsFirstStartFromItsCheckpoint() throws Exception {
        f.feedLoad.batchSize(2);
        // batch 1 (vehicles) stops loading after 2 of its 3 records; batch 2 (employment) loads whole
        String vehicleJob = UUID.randomUUID().toString();
        Path vehicles = MonitoringFixture.file("idNumber,date,plate,value", people[0] + ",2024-10-09,沪A00001,",
                people[1] + ",2024-10-09,沪A00002,", people[2] + ",2024-10-09,沪A00003,");
        Map<String, String> vehicleParams = Map.of(JobParams.FEED_TYPE, "vehicle", JobParams.PERIOD, "2024-10");
        RecordingJobRun load = MonitoringFixture.run(vehicleJob, vehicleParams, vehicles);
        load.cancelAfterCheckpoints = 1;
        f.feedLoad.run(load);
        f.loadCsv(UUID.randomUUID().toString(), "employment", "2024-10", "idNumber,date,employer,monthlyWage",
                people[3] + ",2024-10-01,甲公司,3000.00", people[4] + ",2024-10-01,乙公司,3000.00",
                people[5] + ",2024-10-01,丙公司,3000.00", people[0] + ",2024-10-01,丁公司,3000.00");

        f.monitoringRun.checkpointEvery(2);
        String runId = UUID.randomUUID().toString();
        RecordingJobRun first = MonitoringFixture.run(runId, Map.of(JobParams.MONTH, "2024-10"), null);
        first.cancelAfterCheckpoints = 1;
        String stopped = f.monitoringRun.run(first);
        assertTrue(stopped, stopped.startsWith("cancelled: 2 records of 1 batch(es) compared for 2024-10"));
        assertTrue(stopped, stopped.endsWith("; 1 batch of this month was still loading and was not compared"));
        assertEquals(Long.valueOf(1), first.counts.get(MonitoringRunJob.STILL_LOADING));
        assertEquals(2, f.count("SELECT COUNT(*) FROM warning"));

        // the vehicle batch finishes loading before the run resumes: it must neither shift nor join the run
        RecordingJobRun loadAgain = MonitoringFixture.run(vehicleJob, vehicleParams, vehicles);
        loadAgain.checkpoint = load.checkpoint;
        f.feedLoad.run(loadAgain);
        assertEquals("LOADED", f.query("SELECT state FROM feed_batch WHERE id = ?", vehicleJob));

        RecordingJobRun resumed = MonitoringFixture.run(runId, Map.of(JobParams.MONTH, "2024-10"), null);
        resumed.checkpoint = first.checkpoint;
        resumed.counts.putAll(first.counts);
        String done = f.monitoringRun.run(resumed);
        assertTrue(done, done.startsWith("2 records of 1 batch(es) compared for 2024-10: 2 warnings raised"));
        assertTrue(done, done.endsWith("; 1 batch of this month was still loading and was not compared"));
        assertEquals(Long.valueOf(1), resumed.counts.get(MonitoringRunJob.STILL_LOADING));
        assertEquals(4, f.count("SELECT COUNT(*) FROM warning WHERE feed_type = 'employment'"));
        assertEquals(0, f.count("SELECT COUNT(*) FROM warning WHERE feed_type = 'vehicle'"));
        assertEquals(4, resumed.processed);
        assertEquals(4, resumed.total);

        f.runMonth("2024-10", null); // a new run sees the vehicle batch
        assertEquals(3, f.count("SELECT COUNT(*) FROM warning WHERE feed_type = 'vehicle'"));
        assertTrue(f.summary, f.summary.contains("2 batch(es)"));
        assertTrue(f.summary, !f.summary.contains("still loading"));
    }

    @Test
    public void aRunCommitsAndSeesACancellationEveryNRecordsEvenWithoutWarnings() throws Exception {
        String[] lines = new String[8];
        lines[0] = "idNumber,date,plate,value";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = f.idNumber("1990010" + i) + ",2024-10-0" + i + ",沪B0000" + i + ",";
        }
        f.loadCsv(UUID.randomUUID().toString(), "vehicle", "2024-10", lines);
        f.monitoringRun.checkpointEvery(3);
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.MONTH, "2024-10"),
                null);
        r.cancelAfterCheckpoints = 1;
        String summary = f.monitoringRun.run(r);
        assertTrue(summary, summary.startsWith("cancelled: 3 records of 1 batch(es) compared for 2024-10:"
                + " 0 warnings raised"));
        assertEquals(1, r.checkpoints);
        assertEquals(3, r.processed);
        long batchNo = f.count("SELECT batch_no FROM feed_batch");
        assertEquals(ComparisonPosition.of(batchNo, 4), r.checkpoint);
        assertEquals(Long.valueOf(0), r.counts.get(MonitoringRunJob.STILL_LOADING));
    }
}
