package org.doudi.registry.internal.monitoring;

import org.doudi.registry.internal.csv.CsvReader;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one partner feed (CSV or a stored JSON submission) into a batch: each record is checked
 * ({@link FeedRowCheck}); a bad one is reported with its line (JSON: its index) and skipped, the rest stored in
 * JDBC batches with the job's checkpoint. A death feed is compared at once ({@link DeathBatches}) — the money must
 * stop at once — also when the load stops part-way (cancelled, failed, a broken file): what was committed is
 * compared; the other types wait for the monthly run. A broken CSV (a runaway quote) fails the load naming the
 * line where it began; the rows before it stay loaded.
 */
@Component(service = JobKind.class)
public class FeedLoadJob implements JobKind {
    private static final Logger LOG = LoggerFactory.getLogger(FeedLoadJob.class);

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

    private DeathBatches deaths;
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
        deaths = new DeathBatches(dataSource, new CrossComparison(dataSource, suspensions, clock,
                new BigDecimal(MonitoringConfig.DEFAULT_LARGE_MEDICAL_EXPENSE)));
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
        String batchId = null;
        boolean stopped = false;
        try {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    FeedBatch batch = FeedBatches.open(c, run.id(), type, department, period,
                            p.get(JobParams.FILE_NAME), run.inputHash(), run.actor(),
                            LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
                    c.commit();
                    batchId = batch.id();
                    if (!batch.loaded()) {
                        FeedBatches.dropAfter(c, batch.batchNo(), run.checkpoint());
                        c.commit();
                        stopped = json ? loadJson(c, batch, type, run) : loadCsv(c, batch, type, run);
                        if (!stopped) {
                            FeedBatches.markLoaded(c, batch.id());
                            c.commit();
                        }
                    }
                } catch (Exception e) {
                    Jdbc.rollbackQuietly(c);
                    throw e;
                }
            }
        } catch (Exception e) {
            if (type == FeedType.DEATH && batchId != null) {
                compareAfterFailure(batchId, run, e);
            }
            throw e;
        }
        String loaded = run.countOf("loaded") + " " + type.id() + " records loaded for " + period + " ("
                + department + "), " + run.countOf("rejected") + " rejected";
        if (type != FeedType.DEATH) {
            return stopped ? "cancelled after " + run.countOf("loaded") + " records" : loaded
                    + "; compared by the monthly run";
        }
        String compared = deaths.compare(batchId, run);
        return (stopped ? "cancelled after " + run.countOf("loaded") + " records; " : loaded + "; ") + compared;
    }

    /** A death load that failed part-way still compares what it committed; a second failure is left to the sweeper. */
    private void compareAfterFailure(String batchId, JobRun run, Exception failure) {
        try {
            LOG.info("Death batch {} stopped on a failure; comparing the records it stored: {}", batchId,
                    deaths.compare(batchId, run));
        } catch (Exception | LinkageError e) {
            failure.addSuppressed(e);
            LOG.error("Death batch {}: the records stored before the failure are not compared yet; the sweeper"
                    + " compares them", batchId, e);
        }
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
            try {
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
            } catch (CsvReader.MalformedCsvException e) {
                loader.commit(Math.max(line, resumeAfter), rows); // the rows before the break were read whole
                run.error(e.line(), null, e.getMessage());
                throw new ValidationException("file", "csv", e.getMessage() + "; the rows before it were loaded");
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
