package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.After;
import org.junit.Test;

/** Jobs that write warnings at the same time: one after the other, never a failure over a duplicate fact. */
public class WarningConcurrentJobsTest {
    private final MonitoringFixture f = new MonitoringFixture();
    private final String paid = f.idNumber("19600101");
    private final String registered = f.idNumber("19650505");
    private final String lone = f.idNumber("19440404");
    private final Household dibao = f.household("huayanglu", paid);
    private final Household plain = f.household("huayanglu", registered);
    private final Household single = f.household("huayanglu", lone);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    {
        f.enrol(dibao, "dibao", "1330.00", null);
        f.enrol(single, "dibao", "1330.00", null);
    }

    @After
    public void stop() {
        pool.shutdownNow();
    }

    @Test
    public void twoRunsOfAMonthAStreetRunADeathLoadAndACityImportAtOnceAllSucceed() throws Exception {
        for (FeedType t : CrossComparisonTest.ROWS.keySet()) {
            String[] rows = CrossComparisonTest.ROWS.get(t);
            f.loadCsv(UUID.randomUUID().toString(), t.id(), "2024-10", rows[0], String.format(rows[1], paid),
                    String.format(rows[1], registered));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> jobs = new ArrayList<>();
        jobs.add(() -> f.monitoringRun.run(monthRun(null)));
        jobs.add(() -> f.monitoringRun.run(monthRun(null)));
        jobs.add(() -> f.monitoringRun.run(monthRun("huayanglu")));
        jobs.add(() -> f.feedLoad.run(MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.FEED_TYPE,
                "death", JobParams.PERIOD, "2024-10"), MonitoringFixture.file("idNumber,date", lone + ",2024-10-20"))));
        jobs.add(() -> {
            RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.STREET,
                    "huayanglu", JobParams.MONTH, "2024-10"), MonitoringFixture.file(
                            "idNumber,type,date,key,amount,detail", paid + ",vehicle,2024-10-09,沪A12345,,",
                            lone + ",death,2024-10-20,,,"));
            r.street = "huayanglu";
            return f.cityResults.run(r);
        });
        List<Future<String>> running = new ArrayList<>();
        for (Callable<String> job : jobs) {
            running.add(pool.submit(() -> {
                start.await();
                return job.call();
            }));
        }
        start.countDown();
        for (Future<String> r : running) {
            String summary = r.get();
            assertTrue(summary, !summary.startsWith("cancelled"));
        }
        assertEquals(18 + 1, f.count("SELECT COUNT(*) FROM warning"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning WHERE feed_type = 'vehicle' AND id_number = ?", paid));
        assertEquals(1, f.count("SELECT COUNT(*) FROM warning WHERE feed_type = 'death'"));
        assertEquals(0, f.count("SELECT COUNT(*) FROM warning WHERE suspension_due = TRUE"));
        assertEquals("SUSPENDED", f.query("SELECT status FROM enrolment WHERE household_id = ?", single.id()));
    }

    @Test
    public void aRunWaitingForAnotherWriterCanBeCancelled() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> {
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
        RecordingJobRun r = monthRun(null);
        r.cancelAfterCheckpoints = 0; // cancelled from the start
        assertEquals("cancelled while another job was writing warnings", f.monitoringRun.run(r));
        done.countDown();
        holder.get();
    }

    private static RecordingJobRun monthRun(String street) {
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.MONTH, "2024-10"),
                null);
        r.street = street;
        return r;
    }
}
