package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doudi.api.ValidationException;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.After;
import org.junit.Test;

/**
 * Due suspensions are never skipped: a death load that stops part-way compares what it committed (or leaves it to
 * the sweeper), a comparison or import that fails still suspends for what it committed, and the sweeper applies
 * whatever is left.
 */
public class WarningSuspensionsTest {
    private final MonitoringFixture f = new MonitoringFixture();
    private final String lone = f.idNumber("19440404");
    private final String stranger = f.idNumber("19900909");
    private final Household single = f.household("huayanglu", lone);
    private final String enrolment = f.enrol(single, "dibao", "1330.00", null);
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @After
    public void stop() {
        other.shutdownNow();
    }

    @Test
    public void aDeathLoadCancelledPartWayComparesWhatItCommitted() throws Exception {
        f.feedLoad.batchSize(1);
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.FEED_TYPE, "death",
                JobParams.PERIOD, "2024-11"), MonitoringFixture.file("idNumber,date", lone + ",2024-11-10",
                        stranger + ",2024-11-09"));
        r.cancelAfterCheckpoints = 1;
        String summary = f.feedLoad.run(r);
        assertTrue(summary, summary.startsWith("cancelled after 1 records; 1 records of 1 batch(es) compared for"
                + " 2024-11: 1 warnings raised"));
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(enrolment));
        assertEquals("LOADING/1/1", f.query("SELECT state || '/' || CAST(record_count AS CHAR(5)) || '/'"
                + " || CAST(compared_count AS CHAR(5)) FROM feed_batch").replace(" ", ""));
        assertEquals(new SuspensionSweeper.Sweep(0, 0), sweeper().sweep());
    }

    @Test
    public void aDeathLoadCancelledWhileAnotherJobWritesWarningsIsComparedByTheSweeper() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Future<?> holder = other.submit(() -> {
            WarningWriteLock.tryAcquire();
            try {
                held.countDown();
                done.await();
            } finally {
                WarningWriteLock.release();
            }
            return null;
        });
        held.await();
        f.feedLoad.batchSize(1);
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.FEED_TYPE, "death",
                JobParams.PERIOD, "2024-11"), MonitoringFixture.file("idNumber,date", lone + ",2024-11-10",
                        stranger + ",2024-11-09"));
        r.cancelAfterCheckpoints = 1;
        String summary = f.feedLoad.run(r);
        assertTrue(summary, summary.endsWith("not compared yet (cancelled while another job was writing warnings):"
                + " the sweeper compares it"));
        assertEquals("ACTIVE/-", f.enrolmentStatus(enrolment));
        assertEquals(null, sweeper().sweep()); // a job holds the lock: the round is skipped
        done.countDown();
        holder.get();

        assertEquals(new SuspensionSweeper.Sweep(1, 0), sweeper().sweep());
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(enrolment));
        assertEquals(1, f.count("SELECT compared_count FROM feed_batch"));
        assertEquals(new SuspensionSweeper.Sweep(0, 0), sweeper().sweep());
    }

    @Test
    public void aDeathLoadFailingOnABrokenFileComparesTheRowsBeforeTheBreak() throws Exception {
        f.feedLoad.batchSize(1);
        Path file = MonitoringFixture.file("idNumber,date,place", lone + ",2024-11-10,华东医院",
                stranger + ",2024-11-09,\"a quote never closed", "x,y,z", "x,y,z", "x,y,z", "x,y,z", "x,y,z", "x,y,z");
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.FEED_TYPE, "death",
                JobParams.PERIOD, "2024-11"), file);
        try {
            f.feedLoad.run(r);
            fail("a runaway quote fails the file");
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("file: line 3: the quoted field opened on line 3"
                    + " runs over more than 5 lines (an unbalanced quote?); the rows before it were loaded"));
        }
        assertEquals(Long.valueOf(3), r.errors.get(r.errors.size() - 1).line());
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(enrolment));
        assertEquals(1, f.count("SELECT compared_count FROM feed_batch"));
    }

    @Test
    public void aComparisonThatFailsStillSuspendsForWhatItCommitted() throws Exception {
        f.loadCsv(UUID.randomUUID().toString(), "death", "2024-11", "idNumber,date", lone + ",2024-11-10",
                stranger + ",2024-11-09", stranger + ",2024-11-08");
        // as if the immediate comparison had not run: no warning, the enrolment paying
        f.sql("DELETE FROM warning");
        f.sql("UPDATE enrolment SET status = 'ACTIVE', status_reason = NULL WHERE id = ?", enrolment);
        FeedBatch batch;
        try (Connection c = f.ds.getConnection()) {
            batch = FeedBatches.loadedIn(c, "2024-11").get(0);
        }
        CrossComparison comparison = new CrossComparison(f.ds, new DeathSuspensions(f.jpa,
                new EnrolmentEffects(f.households, f.clock), f.clock), f.clock, new BigDecimal("10000.00"));
        comparison.checkpointEvery(1);
        RecordingJobRun failing = new RecordingJobRun(UUID.randomUUID().toString(), Map.of(), null) {
            @Override
            public void checkpoint(Connection tx, long position) {
                if (checkpoints++ > 0) {
                    throw new IllegalStateException("the disk is full");
                }
                checkpoint = position;
            }
        };
        try {
            comparison.compare(List.of(batch), "2024-11", null, failing, true);
            fail("the second checkpoint fails");
        } catch (IllegalStateException e) {
            assertEquals("the disk is full", e.getMessage());
        }
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning"));
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(enrolment));
        assertEquals(Long.valueOf(1), failing.counts.get("suspended"));
    }

    @Test
    public void aCityImportThatFailsStillSuspendsForWhatItCommitted() throws Exception {
        Path file = MonitoringFixture.file("idNumber,type,date,key,amount,detail", lone + ",death,2024-11-03,,,",
                stranger + ",death,2024-11-03,,,", "\"never closed");
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.STREET, "huayanglu",
                JobParams.MONTH, "2024-11"), file);
        r.street = "huayanglu";
        try {
            f.cityResults.run(r);
            fail("the file ends inside a quote");
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(
                    "line 4: the quoted field opened on line 4 is not closed"));
        }
        assertEquals("SUSPENDED/PENDING_VERIFICATION", f.enrolmentStatus(enrolment));
        assertEquals(Long.valueOf(1), r.counts.get("suspended"));
    }

    private SuspensionSweeper sweeper() {
        return new SuspensionSweeper(f.ds, f.jpa, f.clock, f.households);
    }
}
