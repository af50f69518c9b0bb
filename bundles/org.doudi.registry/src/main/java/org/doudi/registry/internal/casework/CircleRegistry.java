package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.StreetDirectory;
import org.doudi.api.casework.CircleReport;
import org.doudi.api.casework.CircleService;
import org.doudi.api.casework.StreetCircles;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.bulk.CircleRecompute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circles report, and the recomputation of every household's circles: once after start (households
 * registered before the circles existed) and then daily, since the two-year windows expire with time.
 */
@Component(service = CircleService.class)
public class CircleRegistry implements CircleService {
    private static final Logger LOG = LoggerFactory.getLogger(CircleRegistry.class);

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference
    private StreetDirectory streets;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    private ScheduledExecutorService daily;

    @Activate
    void activate() {
        daily = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "doudi-circles");
            t.setDaemon(true);
            return t;
        });
        daily.scheduleAtFixedRate(() -> {
            try {
                recomputeAll();
            } catch (RuntimeException e) {
                LOG.error("Recomputing the circles failed; they are recomputed again tomorrow", e);
            }
        }, 10, TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        daily.shutdownNow();
    }

    @Override
    public CircleReport report(String street) {
        String where = street == null ? "" : " WHERE p.street = :street";
        return Tx.run(jpa, em -> {
            javax.persistence.TypedQuery<Object[]> q = em.createQuery("SELECT p.street, p.circle, COUNT(p), MAX(p.asOf)"
                    + " FROM PersonCircleEntity p" + where + " GROUP BY p.street, p.circle", Object[].class);
            if (street != null) {
                q.setParameter("street", street);
            }
            Map<String, long[]> byStreet = new TreeMap<>();
            LocalDate asOf = null;
            for (Object[] row : q.getResultList()) {
                long[] counts = byStreet.computeIfAbsent((String) row[0], s -> new long[5]);
                int circle = row[1] == null ? 0 : ((Number) row[1]).intValue();
                counts[circle] += ((Number) row[2]).longValue();
                LocalDate rowAsOf = (LocalDate) row[3];
                asOf = asOf == null || (rowAsOf != null && rowAsOf.isAfter(asOf)) ? rowAsOf : asOf;
            }
            List<StreetCircles> rows = new ArrayList<>();
            long[] total = new long[5];
            byStreet.forEach((s, c) -> {
                rows.add(row(s, c));
                for (int i = 0; i < 5; i++) {
                    total[i] += c[i];
                }
            });
            return new CircleReport(asOf, rows, row(street == null ? "(all)" : street, total));
        });
    }

    private static StreetCircles row(String street, long[] c) {
        return new StreetCircles(street, c[1], c[2], c[3], c[4], c[0]);
    }

    /**
     * One streaming pass over the registry (bulk reads, no household lock) that writes only the circles that
     * changed; a household write, case step or enrolment change made meanwhile keeps its own placement. One pass
     * at a time.
     */
    @Override
    public synchronized int recomputeAll() {
        long began = System.nanoTime();
        try {
            CircleRecompute.Result r = new CircleRecompute(dataSource, streets).run(clock.today(), clock.now());
            LOG.info("Circles recomputed: {} households, {} people; {} rows inserted, {} updated, {} deleted"
                    + " in {} ms{}",
                    r.households(), r.people(), r.inserted(), r.updated(), r.deleted(),
                    (System.nanoTime() - began) / 1_000_000,
                    r.skippedChunks() == 0 ? "" : "; " + r.skippedChunks() + " chunk(s) left for the next pass");
            return (int) Math.min(Integer.MAX_VALUE, r.people());
        } catch (Exception e) {
            throw new IllegalStateException("recomputing the circles failed: " + e.getMessage(), e);
        }
    }
}
