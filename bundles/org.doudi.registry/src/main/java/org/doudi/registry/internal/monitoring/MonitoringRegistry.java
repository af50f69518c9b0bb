package org.doudi.registry.internal.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobType;
import org.doudi.api.monitoring.FeedSource;
import org.doudi.api.monitoring.FeedSubmission;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.MonitoringRunRequest;
import org.doudi.api.monitoring.MonitoringService;
import org.doudi.registry.internal.jobs.JobRegistry;
import org.doudi.registry.internal.jobs.StoredUpload;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Accepts partner feeds, the city platform's results and comparison runs: checks the request, stores the input
 * as a file (a JSON feed too, so the job survives a restart) and hands a QUEUED job to {@link JobRegistry}; the
 * work is done by {@link FeedLoadJob}, {@link CityResultsJob} and {@link MonitoringRunJob}.
 */
@Component(service = MonitoringService.class)
public class MonitoringRegistry implements MonitoringService {
    static final int MAX_DEPARTMENT = 100;
    static final int MAX_FILE_NAME = 200;

    @Reference
    private JobRegistry jobs;
    @Reference
    private StreetDirectory streets;

    public MonitoringRegistry() {
    }

    MonitoringRegistry(JobRegistry jobs, StreetDirectory streets) {
        this.jobs = jobs;
        this.streets = streets;
    }

    @Override
    public Job loadFeed(FeedType type, FeedSource source, InputStream csv, WriteContext context) {
        if (source == null) {
            throw new ValidationException("period", "required", "the month the feed covers (yyyy-MM) is required");
        }
        Map<String, String> p = feedParams(type, source.department(), source.period(), JobParams.CSV);
        String fileName = WarningChecks.length("fileName", source.fileName(), MAX_FILE_NAME);
        if (fileName != null) {
            p.put(JobParams.FILE_NAME, fileName);
        }
        if (csv == null) {
            throw new ValidationException("(body)", "required", "the CSV feed is required");
        }
        StoredUpload upload = jobs.store(csv, fileName);
        return jobs.submit(JobType.FEED_LOAD, context.actor(), null, p, upload);
    }

    @Override
    public Job loadFeed(FeedType type, FeedSubmission submission, WriteContext context) {
        WarningChecks.body(submission);
        Map<String, String> p = feedParams(type, submission.department(), submission.period(), JobParams.JSON);
        if (submission.records() == null || submission.records().isEmpty()) {
            throw new ValidationException("records", "required", "must list at least one record");
        }
        p.put(JobParams.RECORDS, String.valueOf(submission.records().size()));
        byte[] json;
        try {
            json = FeedFiles.JSON.writeValueAsBytes(submission);
        } catch (JsonProcessingException e) {
            throw new ValidationException("records", "format", "cannot be stored: " + e.getOriginalMessage());
        }
        StoredUpload upload = jobs.store(new ByteArrayInputStream(json), type.id() + "-" + p.get(JobParams.PERIOD)
                + ".json");
        return jobs.submit(JobType.FEED_LOAD, context.actor(), null, p, upload);
    }

    @Override
    public Job importCityResults(String street, String month, InputStream csv, WriteContext context) {
        String s = knownStreet(street, true);
        Map<String, String> p = new LinkedHashMap<>();
        p.put(JobParams.STREET, s);
        p.put(JobParams.MONTH, JobParams.month(JobParams.MONTH, month));
        if (csv == null) {
            throw new ValidationException("(body)", "required", "the CSV of results is required");
        }
        StoredUpload upload = jobs.store(csv, "city-results-" + s + "-" + p.get(JobParams.MONTH) + ".csv");
        return jobs.submit(JobType.CITY_RESULTS_IMPORT, context.actor(), s, p, upload);
    }

    @Override
    public Job run(MonitoringRunRequest request, WriteContext context) {
        WarningChecks.body(request);
        Map<String, String> p = new LinkedHashMap<>();
        p.put(JobParams.MONTH, JobParams.month(JobParams.MONTH, request.month()));
        String street = knownStreet(request.street(), false);
        if (street != null) {
            p.put(JobParams.STREET, street);
        }
        return jobs.submit(JobType.MONITORING_RUN, context.actor(), street, p, null);
    }

    private static Map<String, String> feedParams(FeedType type, String department, String period, String format) {
        if (type == null) {
            throw new ValidationException("type", "required", "the feed type is required");
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put(JobParams.FEED_TYPE, type.id());
        String dept = WarningChecks.length("department", department, MAX_DEPARTMENT);
        p.put(JobParams.DEPARTMENT, dept == null ? type.department() : dept);
        p.put(JobParams.PERIOD, JobParams.month("period", period));
        p.put(JobParams.FORMAT, format);
        return p;
    }

    private String knownStreet(String street, boolean required) {
        if (street == null || street.isBlank()) {
            if (required) {
                throw new ValidationException("street", "required", "the street is required");
            }
            return null;
        }
        String s = street.strip();
        if (streets != null && streets.find(s).isEmpty()) {
            throw new ValidationException("street", "oneOf", "unknown street '" + s + "'");
        }
        return s;
    }
}
