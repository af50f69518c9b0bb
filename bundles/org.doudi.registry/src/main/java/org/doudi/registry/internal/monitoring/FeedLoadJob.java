package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.ValidationException;
import org.doudi.api.jobs.JobType;
import org.doudi.api.monitoring.FeedRecord;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.registry.HouseholdService;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.jobs.JobKind;
import org.doudi.registry.internal.jobs.JobRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Loads one partner feed (CSV or a stored JSON submission) into a batch: each record is checked
 * ({@link FeedRowCheck}); a bad one is reported with its line (JSON: its index) and skipped, the rest stored in
 * JDBC batches with the job's checkpoint. A death feed is compared at once after loading — the money must stop at
 * once; the other types wait for the monthly run.
 */
@Component(service = JobKind.class)
public class FeedLoadJob implements JobKind {

    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private HouseholdService households;
    @Reference
    private RegistrySchema schema; // the tables exist before the first load

    private CrossComparison comparison;
    private int batchSize = FeedLoader.BATCH;

    public FeedLoadJob() {
    }

    FeedLoadJob(DataSource dataSource, JpaTemplate jpa, DoudiClock clock, HouseholdService households) {
        this.dataSource = dataSource;
        this.jpa = jpa;
        this.clock = clock;
        this.households = households;
        activate();
    }

    @Activate
    void activate() {
        DeathSuspensions suspensions = new DeathSuspensions(jpa, new EnrolmentEffects(households, clock), clock);
        comparison = new CrossComparison(dataSource, suspensions, clock,
                new BigDecimal(MonitoringConfig.DEFAULT_LARGE_MEDICAL_EXPENSE));
    }

    @Override
    public JobType type() {
        return JobType.FEED_LOAD;
    }

    @Override
    public String run(JobRun run) throws Exception {
        Map<String, String> p = run.parameters();
        FeedType type = JobParams.feedType(p);
        String period = JobParams.month(JobParams.PERIOD, p.get(JobParams.PERIOD));
        String department = p.getOrDefault(JobParams.DEPARTMENT, type.department());
        boolean json = JobParams.JSON.equals(p.get(JobParams.FORMAT));
        if (run.input() == null) {
            throw new ValidationException("input", "required", "the feed job has no stored upload");
        }
        FeedBatch batch;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                batch = FeedBatches.open(c, run.id(), type, department, period, p.get(JobParams.FILE_NAME),
                        run.inputHash(), run.actor(), LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
                c.commit();
                if (!batch.loaded()) {
                    FeedBatches.dropAfter(c, batch.batchNo(), run.checkpoint());
                    c.commit();
                    boolean stopped = json ? loadJson(c, batch, type, run) : loadCsv(c, batch, type, run);
                    if (stopped) {
                        return "cancelled after " + run.countOf("loaded") + " records";
                    }
                    FeedBatches.markLoaded(c, batch.id());
                    batch = FeedBatches.find(c, batch.id());
                    c.commit();
                }
            } catch (Exception e) {
                Jdbc.rollbackQuietly(c);
                throw e;
            }
        }
        String loaded = run.countOf("loaded") + " " + type.id() + " records loaded for " + period + " ("
                + department + "), " + run.countOf("rejected") + " rejected";
        if (type != FeedType.DEATH) {
            return loaded + "; compared by the monthly run";
        }
        return loaded + "; " + comparison.compare(List.of(batch), period, null, run, false);
    }

    /** Returns true if cancelled. */
    private boolean loadCsv(Connection c, FeedBatch batch, FeedType type, JobRun run) throws Exception {
        run.total(Math.max(0, FeedFiles.lines(run.input()) - 1));
        LocalDate today = clock.today();
        long resumeAfter = run.checkpoint();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(run.input(), StandardCharsets.UTF_8));
                FeedLoader loader = new FeedLoader(c, batch, run, batchSize)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ValidationException("file", "required", "the file is empty (a header row is needed)");
            }
            FeedColumns columns;
            try {
                columns = FeedColumns.of(header, type);
            } catch (ValidationException e) {
                run.error(1L, null, e.getMessage());
                throw e;
            }
            long line = 1;
            long rows = 0;
            for (List<String> row; (row = csv.next()) != null;) {
                line = csv.line();
                rows++;
                if (line <= resumeAfter) {
                    continue;
                }
                try {
                    final List<String> cells = row;
                    loader.add(FeedRowCheck.check(type, line, columns.idNumber(row), columns.date(row),
                            columns.others(), name -> columns.value(cells, name), today));
                } catch (RowRejected e) {
                    loader.rejected(line, null, e.getMessage());
                }
                if (loader.commitIfFull(line, rows)) {
                    return true;
                }
            }
            loader.commit(Math.max(line, resumeAfter), rows);
            return false;
        }
    }

    private boolean loadJson(Connection c, FeedBatch batch, FeedType type, JobRun run) throws Exception {
        String records = run.parameters().get(JobParams.RECORDS);
        if (records != null) {
            run.total(Long.parseLong(records));
        }
        LocalDate today = clock.today();
        long resumeAfter = run.checkpoint();
        boolean[] stopped = {false};
        long[] last = {resumeAfter};
        try (FeedLoader loader = new FeedLoader(c, batch, run, batchSize)) {
            FeedFiles.records(run.input(), (index, r) -> {
                long position = index + 1L;
                if (position <= resumeAfter) {
                    return true;
                }
                last[0] = position;
                try {
                    if (r == null) {
                        throw RowRejected.of("record", "required", "is null");
                    }
                    loader.add(check(type, position, r, today));
                } catch (RowRejected e) {
                    loader.rejected(null, String.valueOf(index), e.getMessage());
                }
                stopped[0] = loader.commitIfFull(position, position);
                return !stopped[0];
            });
            if (!stopped[0]) {
                loader.commit(last[0], last[0]);
            }
        }
        return stopped[0];
    }

    private static FeedFact check(FeedType type, long position, FeedRecord r, LocalDate today) throws RowRejected {
        Map<String, String> facts = r.facts() == null ? Map.of() : r.facts();
        List<String> columns = new ArrayList<>(facts.keySet());
        return FeedRowCheck.check(type, position, r.idNumber(), r.date(), columns, facts::get, today);
    }

    /** For tests: records per commit. */
    void batchSize(int records) {
        this.batchSize = records;
    }
}
