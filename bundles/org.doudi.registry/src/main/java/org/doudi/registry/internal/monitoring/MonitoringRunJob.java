package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
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
 * loaded feed batch whose period is the month ({@link CrossComparison}), then repairs any reported death whose
 * suspension a crash left undone.
 */
@Component(service = JobKind.class, configurationPid = "org.doudi.monitoring")
@Designate(ocd = MonitoringConfig.class)
public class MonitoringRunJob implements JobKind {

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
        List<FeedBatch> batches;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            batches = FeedBatches.loadedIn(c, month);
        }
        return comparison.compare(batches, month, street, run, true);
    }
}
