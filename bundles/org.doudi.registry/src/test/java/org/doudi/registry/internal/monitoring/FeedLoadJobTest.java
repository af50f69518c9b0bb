package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.doudi.api.ValidationException;
import org.doudi.api.jobs.JobError;
import org.doudi.api.monitoring.FeedRecord;
import org.doudi.api.monitoring.FeedSubmission;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.Test;

/** Feed loading: good rows stored with their key, amount and detail; bad rows reported with line and skipped. */
public class FeedLoadJobTest {
    private final MonitoringFixture f = new MonitoringFixture();

    @Test
    public void storesGoodRowsAndReportsEachBadRowWithItsLineFieldAndRule() throws Exception {
        String good = f.idNumber("19700101");
        String other = f.idNumber("19720202");
        String badChecksum = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        RecordingJobRun r = f.loadCsv(UUID.randomUUID().toString(), "employment", "2024-10",
                "idNumber,date,employer,monthlyWage,position",
                good + ",2024-10-08,上海长宁物业公司,4500.00,保安",
                badChecksum + ",2024-10-08,上海长宁物业公司,4500.00,",
                other + ",2024-13-01,上海长宁物业公司,4500.00,",
                other + ",2024-10-01,,4500.00,",
                other + ",2024-10-01,上海长宁物业公司,\"4,500\",",
                other + ",2024-10-01,上海长宁物业公司,4500.005,",
                other + ",2030-01-01,上海长宁物业公司,4500.00,",
                other + ",2024-10-01,=HYPERLINK(1),4500.00,",
                other + ",2024-10-01,上海长宁物业公司,3800.00,");
        assertEquals(Long.valueOf(2), r.counts.get("loaded"));
        assertEquals(Long.valueOf(7), r.counts.get("rejected"));
        List<JobError> e = r.errors;
        assertEquals(7, e.size());
        assertError(e.get(0), 3, "idNumber: checksum");
        assertError(e.get(1), 4, "date: format");
        assertError(e.get(2), 5, "employer: required");
        assertError(e.get(3), 6, "monthlyWage: number");
        assertError(e.get(4), 7, "monthlyWage: scale");
        assertError(e.get(5), 8, "date: notFuture");
        assertError(e.get(6), 9, "employer: formula");
        assertEquals("上海长宁物业公司|4500.00|position=保安", f.query("SELECT fact_key || '|' || CAST(amount AS CHAR(20))"
                + " || '|' || detail FROM feed_record WHERE id_number = ?", good).replace(" ", ""));
        assertEquals("LOADED/2", f.query("SELECT state || '/' || CAST(record_count AS CHAR(10)) FROM feed_batch WHERE id = ?",
                r.id).replace(" ", ""));
        assertEquals(10, r.checkpoint);
    }

    @Test
    public void aHeaderWithoutARequiredColumnFailsTheLoadAndSaysWhich() throws Exception {
        try {
            f.loadCsv(UUID.randomUUID().toString(), "real-estate", "2024-10", "idNumber,date,value",
                    f.idNumber("19700101") + ",2024-10-08,1200000.00");
            fail("a real-estate feed needs propertyId");
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("propertyId"));
        }
        assertEquals(0, f.count("SELECT COUNT(*) FROM feed_record"));
    }

    @Test
    public void aJsonFeedIsReadFromItsStoredFileAndBadRecordsAreNamedByIndex() throws Exception {
        String good = f.idNumber("19700101");
        FeedSubmission s = new FeedSubmission("人社局养老保险处", "2024-10", List.of(
                new FeedRecord(good, "2024-10-01", Map.of("monthlyAmount", "2100.00", "scheme", "城镇职工")),
                new FeedRecord("310105197001011234", "2024-10-01", Map.of("monthlyAmount", "2100.00")),
                new FeedRecord(good, "2024-10-01", Map.of())));
        Path file = Files.createTempFile("feed", ".json");
        file.toFile().deleteOnExit();
        Files.write(file, FeedFiles.JSON.writeValueAsBytes(s));
        RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.FEED_TYPE, "pension",
                JobParams.PERIOD, "2024-10", JobParams.DEPARTMENT, "人社局养老保险处", JobParams.FORMAT, JobParams.JSON,
                JobParams.RECORDS, "3"), file);
        f.feedLoad.run(r);
        assertEquals(Long.valueOf(1), r.counts.get("loaded"));
        assertEquals(2, r.errors.size());
        assertNull(r.errors.get(0).line());
        assertEquals("1", r.errors.get(0).ref());
        assertTrue(r.errors.get(0).reason(), r.errors.get(0).reason().startsWith("idNumber: "));
        assertEquals("2", r.errors.get(1).ref());
        assertTrue(r.errors.get(1).reason().startsWith("monthlyAmount: required"));
        assertEquals("城镇职工|2100.00", f.query("SELECT fact_key || '|' || CAST(amount AS CHAR(20)) FROM feed_record")
                .strip());
        assertEquals("人社局养老保险处", f.query("SELECT department FROM feed_batch"));
    }

    @Test
    public void aStoppedLoadResumesAfterItsLastCommitAndStoresEveryRecordOnce() throws Exception {
        f.feedLoad.batchSize(2);
        String[] lines = new String[6];
        lines[0] = "idNumber,date,plate,value";
        for (int i = 1; i < 6; i++) {
            lines[i] = f.idNumber("1980010" + i) + ",2024-10-0" + i + ",沪A1000" + i + ",85000.00";
        }
        Path file = MonitoringFixture.file(lines);
        String jobId = UUID.randomUUID().toString();
        Map<String, String> p = Map.of(JobParams.FEED_TYPE, "vehicle", JobParams.PERIOD, "2024-10");
        RecordingJobRun first = MonitoringFixture.run(jobId, p, file);
        first.cancelAfterCheckpoints = 1;
        assertTrue(f.feedLoad.run(first).startsWith("cancelled"));
        assertEquals(2, f.count("SELECT COUNT(*) FROM feed_record"));
        assertEquals("LOADING", f.query("SELECT state FROM feed_batch WHERE id = ?", jobId));

        RecordingJobRun resumed = MonitoringFixture.run(jobId, p, file);
        resumed.checkpoint = first.checkpoint;
        f.feedLoad.run(resumed);
        assertEquals(5, f.count("SELECT COUNT(*) FROM feed_record"));
        assertEquals(5, f.count("SELECT record_count FROM feed_batch WHERE id = ?", jobId));
        assertEquals("LOADED", f.query("SELECT state FROM feed_batch WHERE id = ?", jobId));
        assertEquals(1, f.count("SELECT COUNT(*) FROM feed_batch"));
    }

    private static void assertError(JobError e, long line, String prefix) {
        assertEquals(e.toString(), Long.valueOf(line), e.line());
        assertTrue(e.reason(), e.reason().startsWith(prefix));
    }
}
