package org.doudi.registry.internal.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.StreetDirectory;
import org.doudi.api.jobs.JobType;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.HouseholdValidator;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.jobs.JobKind;
import org.doudi.registry.internal.jobs.JobRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk household import job (issue 6): reads a district platform's CSV export (columns: {@link ImportColumn})
 * into the registry — households, members, economic facts, identity tags, ID claims, circles and the current
 * assistance of migrated recipients — in batched JDBC writes committed with the job's checkpoint. A bad row rejects
 * its household and is reported with its line; a household imported before is skipped; a stopped import resumes
 * after its last committed chunk. Each run is audited once, as the job ({@code HOUSEHOLDS_IMPORTED}) with the file's
 * name, hash and counts.
 */
@Component(service = JobKind.class, configurationPid = "org.doudi.registry.imports")
@Designate(ocd = ImportConfig.class)
public class HouseholdImportJob implements JobKind {
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdImportJob.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int DEFAULT_HOUSEHOLDS_PER_COMMIT = 1000;
    static final int DEFAULT_WRITERS = 1;
    static final boolean DEFAULT_LOCK_TABLES = true;
    static final ImportSettings DEFAULTS = new ImportSettings(DEFAULT_HOUSEHOLDS_PER_COMMIT, DEFAULT_WRITERS,
            DEFAULT_LOCK_TABLES);
    static final String AUDIT_ACTION = "HOUSEHOLDS_IMPORTED";
    static final String AUDIT_ENTITY = "job";

    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private StreetDirectory streets;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first import

    private ImportAudit audit;
    private volatile ImportSettings settings = DEFAULTS;

    public HouseholdImportJob() {
    }

    HouseholdImportJob(DataSource dataSource, StreetDirectory streets, DoudiClock clock, ImportAudit audit,
            ImportSettings settings) {
        this.dataSource = dataSource;
        this.streets = streets;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
    }

    @Activate
    @Modified
    void configure(ImportConfig config) {
        settings = new ImportSettings(config.householdsPerCommit(), config.writers(), config.lockTables());
        audit = (jobId, actor, reason, payload) -> Tx.run(jpa, em -> AuditLog.append(em, clock.now(), actor,
                AUDIT_ACTION, AUDIT_ENTITY, jobId, null, reason, payload));
    }

    @Override
    public JobType type() {
        return JobType.HOUSEHOLD_IMPORT;
    }

    @Override
    public String run(JobRun run) throws Exception {
        HouseholdImport importer = new HouseholdImport(dataSource, new HouseholdValidator(streets), clock, settings);
        long started = System.nanoTime();
        ImportOutcome outcome;
        try {
            outcome = importer.run(run);
        } catch (Exception e) {
            ImportOutcome partial = importer.outcome();
            if (partial.toLine() > partial.fromLine()) {
                try {
                    record(run, partial, "failed after line " + partial.toLine() + ": " + e.getMessage());
                } catch (RuntimeException auditFailure) {
                    e.addSuppressed(auditFailure);
                }
            }
            throw e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("Import job {}: {} households, {} persons in {} s ({} persons/s), {} skipped, {} rejected", run.id(),
                outcome.households(), outcome.persons(), String.format("%.1f", seconds),
                Math.round(outcome.persons() / Math.max(seconds, 1e-3)), outcome.skipped(), outcome.rejected());
        String summary = summary(run, outcome);
        record(run, outcome, summary);
        return summary;
    }

    /** The job's totals (all runs) in one line. */
    static String summary(JobRun run, ImportOutcome o) {
        String totals = run.countOf(ImportOutcome.HOUSEHOLDS) + " households (" + run.countOf(ImportOutcome.PERSONS)
                + " persons) imported, " + run.countOf(ImportOutcome.SKIPPED) + " skipped as imported before, "
                + run.countOf(ImportOutcome.REJECTED) + " rejected, " + run.countOf(ImportOutcome.ENROLMENTS)
                + " current enrolments migrated";
        return o.complete() ? totals : totals + "; stopped after line " + o.toLine();
    }

    private void record(JobRun run, ImportOutcome o, String reason) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("fileName", run.parameters() == null ? null : run.parameters().get(HouseholdImports.FILE_NAME));
        payload.put("sha256", run.inputHash());
        payload.put("reason", run.parameters() == null ? null : run.parameters().get(HouseholdImports.REASON));
        payload.put("fromLine", o.fromLine());
        payload.put("toLine", o.toLine());
        payload.put("complete", o.complete());
        payload.put(ImportOutcome.HOUSEHOLDS, o.households());
        payload.put(ImportOutcome.PERSONS, o.persons());
        payload.put(ImportOutcome.SKIPPED, o.skipped());
        payload.put(ImportOutcome.REJECTED, o.rejected());
        payload.put(ImportOutcome.ENROLMENTS, o.enrolments());
        payload.put("errorRows", o.errorRows());
        try {
            String stated = run.parameters() == null ? null : run.parameters().get(HouseholdImports.REASON);
            audit.record(run.id(), run.actor(), stated == null ? reason : stated + " — " + reason,
                    JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
