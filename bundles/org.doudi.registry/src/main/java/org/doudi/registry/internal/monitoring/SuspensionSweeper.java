package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.registry.HouseholdService;
import org.doudi.registry.internal.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure no reported death keeps paying: at activation and then every {@link #EVERY_MINUTES} minutes it
 * compares the death batches whose stored records no comparison has covered (a load cancelled or failed part-way,
 * a comparison that stopped; never one whose job is still queued or running) and applies every suspension still
 * due ({@code suspension_due}: a crash between a warning's commit and its suspension, a failed step). A round runs
 * only if no job is writing warnings ({@link WarningWriteLock}; such a job applies its own due suspensions when it
 * ends); otherwise it waits for the next round.
 */
@Component(immediate = true)
public class SuspensionSweeper {
    /** Minutes between two rounds. */
    static final long EVERY_MINUTES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(SuspensionSweeper.class);

    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private HouseholdService households;
    @Reference
    private RegistrySchema schema; // the tables exist before the first round

    private DeathSuspensions suspensions;
    private DeathBatches deaths;
    private ScheduledExecutorService timer;
    private volatile boolean stopping;

    /** What one round did. */
    record Sweep(int batchesCompared, long suspended) {
    }

    public SuspensionSweeper() {
    }

    SuspensionSweeper(DataSource dataSource, JpaTemplate jpa, DoudiClock clock, HouseholdService households) {
        this.dataSource = dataSource;
        this.jpa = jpa;
        this.clock = clock;
        this.households = households;
        create();
    }

    @Activate
    void activate() {
        create();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "doudi-suspension-sweeper");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweepQuietly, 0, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true; // a comparison under way stops at its next commit
        timer.shutdown();
        if (!timer.awaitTermination(20, TimeUnit.SECONDS)) {
            timer.shutdownNow();
        }
    }

    private void create() {
        suspensions = new DeathSuspensions(jpa, new EnrolmentEffects(households, clock), clock);
        deaths = new DeathBatches(dataSource, new CrossComparison(dataSource, suspensions, clock,
                new BigDecimal(MonitoringConfig.DEFAULT_LARGE_MEDICAL_EXPENSE)));
    }

    /** One round; null if a job was writing warnings (the round is skipped). */
    Sweep sweep() throws SQLException {
        if (!WarningWriteLock.tryAcquire()) {
            return null;
        }
        try {
            List<FeedBatch> uncompared;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                uncompared = FeedBatches.uncomparedDeaths(c);
            }
            int compared = 0;
            for (FeedBatch b : uncompared) {
                if (stopping) {
                    break;
                }
                String summary = deaths.compareLocked(b.id(), new SweepRun(b.id(), () -> stopping));
                LOG.info("Death batch {} of {} ({} records) was not fully compared: {}", b.id(), b.period(),
                        b.recordCount(), summary);
                compared++;
            }
            int suspended = suspensions.applyDue(null);
            if (compared > 0 || suspended > 0) {
                LOG.info("Sweep: {} death batch(es) compared, {} enrolment(s) suspended that were still due",
                        compared, suspended);
            }
            return new Sweep(compared, suspended);
        } finally {
            WarningWriteLock.release();
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (Exception | LinkageError e) {
            LOG.error("Sweep of uncompared deaths and due suspensions failed; retried in {} minutes",
                    EVERY_MINUTES, e);
        }
    }
}
