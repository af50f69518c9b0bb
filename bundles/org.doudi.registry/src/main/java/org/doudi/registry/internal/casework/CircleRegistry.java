package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.casework.CircleReport;
import org.doudi.api.casework.CircleService;
import org.doudi.api.casework.StreetCircles;
import org.doudi.api.registry.HouseholdService;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
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
    private static final int BATCH = 200;

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private HouseholdService households;
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
                int people = recomputeAll();
                LOG.info("Circles recomputed for {} people", people);
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

    @Override
    public int recomputeAll() {
        LocalDate today = clock.today();
        int people = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> ids = Tx.run(jpa, em -> em.createQuery("SELECT h.id FROM HouseholdEntity h WHERE h.id > :after"
                    + " ORDER BY h.id", String.class).setParameter("after", from).setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                return people;
            }
            for (String id : ids) {
                people += Tx.run(jpa, em -> {
                    // the same lock as household writes and case steps: the newest facts win, no duplicate rows
                    em.find(org.doudi.registry.internal.entity.HouseholdEntity.class, id,
                            javax.persistence.LockModeType.PESSIMISTIC_WRITE);
                    return households.find(id, today).map(h -> CircleIndex.recompute(em, h, today, clock.now()).size())
                            .orElse(0);
                });
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
