package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobType;
import org.doudi.api.monitoring.FeedRecord;
import org.doudi.api.monitoring.FeedSource;
import org.doudi.api.monitoring.FeedSubmission;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.MonitoringRunRequest;
import org.doudi.registry.internal.ConfiguredStreetDirectory;
import org.doudi.registry.internal.jobs.JobRegistry;
import org.doudi.registry.internal.jobs.StoredUpload;
import org.junit.Test;

/** What the monitoring service accepts: checked requests become stored inputs and queued jobs with their parameters. */
public class FeedSubmissionTest {
    private static final WriteContext PARTNER = WriteContext.of("partner.rsj", null);

    /** Keeps what would be stored and submitted. */
    static final class Jobs extends JobRegistry {
        final List<Map<String, String>> params = new ArrayList<>();
        final List<JobType> types = new ArrayList<>();
        final List<String> streets = new ArrayList<>();
        final List<Path> files = new ArrayList<>();

        @Override
        public StoredUpload store(InputStream in, String fileName) {
            try {
                Path f = Files.createTempFile("upload", ".bin");
                f.toFile().deleteOnExit();
                Files.write(f, in.readAllBytes());
                files.add(f);
                return new StoredUpload(f, "hash", Files.size(f), fileName);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Job submit(JobType type, String actor, String street, Map<String, String> parameters,
                StoredUpload upload) {
            types.add(type);
            params.add(parameters);
            streets.add(street);
            return null;
        }
    }

    private final Jobs jobs = new Jobs();
    private final MonitoringRegistry service = new MonitoringRegistry(jobs, new ConfiguredStreetDirectory());

    @Test
    public void aCsvFeedKeepsItsDepartmentAndPeriodWithTheTypesDefault() {
        service.loadFeed(FeedType.EMPLOYMENT, new FeedSource(null, "2024-10", "rsj-2024-10.csv"), csv("idNumber,date"),
                PARTNER);
        assertEquals(JobType.FEED_LOAD, jobs.types.get(0));
        assertEquals(Map.of("feedType", "employment", "department", "人社局", "period", "2024-10", "format", "csv",
                "fileName", "rsj-2024-10.csv"), jobs.params.get(0));
        assertNull(jobs.streets.get(0));
    }

    @Test
    public void aJsonFeedIsStoredAsAFileTheJobReadsBack() throws Exception {
        FeedSubmission s = new FeedSubmission("长宁区医保中心", "2024-10", List.of(new FeedRecord("310105196001011234",
                "2024-10-12", Map.of("amount", "38000.00"))));
        service.loadFeed(FeedType.MEDICAL_EXPENSE, s, PARTNER);
        assertEquals("json", jobs.params.get(0).get("format"));
        assertEquals("1", jobs.params.get(0).get("records"));
        assertEquals("长宁区医保中心", jobs.params.get(0).get("department"));
        List<FeedRecord> back = new ArrayList<>();
        FeedFiles.records(jobs.files.get(0), (i, r) -> back.add(r));
        assertEquals(s.records(), back);
    }

    @Test
    public void runsAndCityResultsNameAKnownStreetAndAMonth() {
        service.run(new MonitoringRunRequest("2024-10", "xinhualu"), PARTNER);
        assertEquals(Map.of("month", "2024-10", "street", "xinhualu"), jobs.params.get(0));
        assertEquals("xinhualu", jobs.streets.get(0));
        service.run(new MonitoringRunRequest("2024-10", null), PARTNER);
        assertNull(jobs.streets.get(1));
        service.importCityResults("hongqiao", "2024-10", csv("idNumber,type,date"), PARTNER);
        assertEquals(JobType.CITY_RESULTS_IMPORT, jobs.types.get(2));
        assertEquals("hongqiao", jobs.streets.get(2));
    }

    @Test
    public void badRequestsAreRefusedBeforeAnythingIsStored() {
        invalid(() -> service.loadFeed(FeedType.DEATH, new FeedSource(null, "2024-13", null), csv("x"), PARTNER),
                "period");
        invalid(() -> service.loadFeed(null, new FeedSource(null, "2024-10", null), csv("x"), PARTNER), "type");
        invalid(() -> service.loadFeed(FeedType.DEATH, new FeedSubmission(null, "2024-10", List.of()), PARTNER),
                "records");
        invalid(() -> service.run(new MonitoringRunRequest("October", null), PARTNER), "month");
        invalid(() -> service.run(new MonitoringRunRequest("2024-10", "moon"), PARTNER), "street");
        invalid(() -> service.importCityResults(null, "2024-10", csv("x"), PARTNER), "street");
        assertEquals(0, jobs.files.size());
        assertEquals(0, jobs.types.size());
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void invalid(Runnable r, String field) {
        try {
            r.run();
            fail("expected a 422 on " + field);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), field, e.violations().get(0).field());
        }
    }
}
