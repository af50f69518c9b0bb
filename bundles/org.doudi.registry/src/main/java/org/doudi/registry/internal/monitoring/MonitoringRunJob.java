package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.jobs.JobType;
import org.doudi.api.registry.HouseholdService;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.jobs.JobKind;
import org.doudi.registry.internal.jobs.JobRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The monthly cross-comparison as a job ({@code month}; the job's street for a street's own run): compares every
 * loaded feed batch whose period is the month ({@link CrossComparison}), frozen at the first start
 * ({@link RunBatches}) so a resumed run neither skips nor shifts records; batches of the month still loading are
 * not compared and are counted ({@code batchesStillLoading}) and named in the summary. Then it applies any
 * suspension still due. Runs one at a time with the other warning writers ({@link WarningWriteLock}).
 */
@Component(service = JobKind.class, configurationPid = "org.doudi.monitoring")
@Designate(ocd = MonitoringConfig.class)
public class MonitoringRunJob implements JobKind {
    /** The count of the month's batches still loading when the run first started (not compared). */
    static final String STILL_LOADING = "batchesStillLoading";

    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private HouseholdService households;
    @Reference
    private RegistrySchema schema; // the tables exist before the first run

    private volatile CrossComparison comparison;

    public MonitoringRunJob() {
    }

    MonitoringRunJob(DataSource dataSource, JpaTemplate jpa, DoudiClock clock, HouseholdService households,
            BigDecimal largeMedicalExpense) {
        this.dataSource = dataSource;
        this.jpa = jpa;
        this.clock = clock;
        this.households = households;
        this.comparison = create(largeMedicalExpense);
    }

    @Activate
    @Modified
    void configure(MonitoringConfig config) {
        comparison = create(threshold(config));
    }

    /** The configured threshold, or the default when it is not a non-negative amount. */
    static BigDecimal threshold(MonitoringConfig config) {
        BigDecimal fallback = new BigDecimal(MonitoringConfig.DEFAULT_LARGE_MEDICAL_EXPENSE);
        try {
            BigDecimal v = new BigDecimal(config.largeMedicalExpense().strip());
            return v.signum() < 0 ? fallback : v;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private CrossComparison create(BigDecimal largeMedicalExpense) {
        DeathSuspensions suspensions = new DeathSuspensions(jpa, new EnrolmentEffects(households, clock), clock);
        return new CrossComparison(dataSource, suspensions, clock, largeMedicalExpense);
    }

    @Override
    public JobType type() {
        return JobType.MONITORING_RUN;
    }

    @Override
    public String run(JobRun run) throws Exception {
        String month = JobParams.month(JobParams.MONTH, run.parameters().get(JobParams.MONTH));
        String street = run.street() != null ? run.street() : run.parameters().get(JobParams.STREET);
        if (!WarningWriteLock.acquire(run)) {
            return "cancelled while another job was writing warnings";
        }
        try {
            RunBatches.Frozen frozen;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    frozen = RunBatches.freeze(c, run.id(), month);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    Jdbc.rollbackQuietly(c);
                    throw e;
                }
            }
            // always shown, 0 too; a resumed run has counted them already
            run.count(STILL_LOADING, frozen.stillLoading() - run.countOf(STILL_LOADING));
            String summary = comparison.compare(frozen.batches(), month, street, run, true).summary();
            return summary + stillLoading(frozen.stillLoading());
        } finally {
            WarningWriteLock.release();
        }
    }

    /** For tests: records between two commits. */
    void checkpointEvery(int records) {
        comparison.checkpointEvery(records);
    }

    static String stillLoading(int n) {
        return n == 0 ? "" : n == 1 ? "; 1 batch of this month was still loading and was not compared"
                : "; " + n + " batches of this month were still loading and were not compared";
    }
}
