package org.doudi.registry.internal.needs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.AdvisorSummary;
import org.doudi.api.needs.OverdueVisitQuery;
import org.doudi.api.needs.ServiceTally;
import org.doudi.api.needs.Visit;
import org.doudi.api.needs.VisitDue;
import org.doudi.api.needs.VisitRequest;
import org.doudi.api.needs.VisitService;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.NeedsAssessmentEntity;
import org.doudi.registry.internal.entity.VisitEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Visits (走访) in the registry's tables, and the schedule they follow: the cycle of the household's current hardship
 * level (configuration {@code org.doudi.needs}, described by {@link NeedsRegistry}) after the last visit, or after
 * the current assessment when never visited. The street of a schedule is the household's street now.
 */
@Component(service = VisitService.class, configurationPid = NeedsRegistry.PID)
public class VisitRegistry implements VisitService {
    private static final Logger LOG = LoggerFactory.getLogger(VisitRegistry.class);
    static final String ENTITY = "visit";

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    private volatile NeedsRules rules = NeedsRules.DEFAULTS;

    @Activate
    @Modified
    void configure(NeedsConfig config) {
        try {
            rules = NeedsRules.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("Configuration {} not applied: {}; {} stays in force", NeedsRegistry.PID, e.getMessage(), rules);
        }
    }

    @Override
    public Visit record(VisitRequest r, WriteContext ctx) {
        List<String> services = NeedsChecks.visit(r, clock.today());
        return Tx.run(jpa, em -> {
            HouseholdEntity h = em.find(HouseholdEntity.class, r.householdId().strip());
            if (h == null) {
                throw DoudiException.notFound("household " + r.householdId());
            }
            VisitEntity v = new VisitEntity();
            v.setId(UUID.randomUUID().toString());
            v.setHousehold(h.getId(), h.getStreet());
            v.setVisit(r.advisor().strip(), r.visitedOn(), r.findings().strip(), services,
                    NeedsChecks.stripOrNull(r.followUp()));
            v.setRecorded(ctx.actor(), LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
            em.persist(v);
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "VISIT_RECORDED", ENTITY, v.getId(), v.getVersion(),
                    "household " + h.getId() + " visited by " + v.getAdvisor() + " on " + v.getVisitedOn()
                            + (services.isEmpty() ? "" : "; services: " + String.join(", ", services)), null);
            return view(v);
        });
    }

    @Override
    public List<Visit> history(String householdId) {
        if (householdId == null || householdId.isBlank() || householdId.length() > 64) {
            return List.of();
        }
        return Tx.run(jpa, em -> em.createQuery("SELECT v FROM VisitEntity v WHERE v.householdId = :h"
                + " ORDER BY v.visitedOn DESC, v.recordedAt DESC, v.id", VisitEntity.class)
                .setParameter("h", householdId.strip()).getResultList().stream().map(VisitRegistry::view).toList());
    }

    @Override
    public Optional<VisitDue> due(String householdId, LocalDate asOf) {
        if (householdId == null || householdId.isBlank() || householdId.length() > 64) {
            return Optional.empty();
        }
        LocalDate day = asOf == null ? clock.today() : asOf;
        NeedsRules in = rules;
        return Tx.run(jpa, em -> schedules(em, in, null, householdId.strip(), day).stream().findFirst());
    }

    @Override
    public List<VisitDue> overdue(OverdueVisitQuery q) {
        LocalDate day = q == null || q.asOf() == null ? clock.today() : q.asOf();
        String street = q == null ? null : q.street();
        String advisor = q == null || q.advisor() == null || q.advisor().isBlank() ? null : q.advisor().strip();
        NeedsRules in = rules;
        return Tx.run(jpa, em -> schedules(em, in, street, null, day).stream()
                .filter(VisitDue::overdue)
                .filter(d -> advisor == null || advisor.equals(d.advisor()))
                .sorted(Comparator.comparingLong(VisitDue::daysOverdue).reversed()
                        .thenComparing(VisitDue::street).thenComparing(VisitDue::householdId))
                .toList());
    }

    /** Last visit of a household: the latest day, of that day the last recorded. */
    private record LastVisit(LocalDate on, String advisor, LocalDateTime recordedAt, String id) {
        boolean after(LastVisit o) {
            int c = on.compareTo(o.on);
            if (c == 0) {
                c = recordedAt.compareTo(o.recordedAt);
            }
            return c == 0 ? id.compareTo(o.id) > 0 : c > 0;
        }
    }

    /** The schedules of the assessed households of {@code street} (or of the one household), judged on {@code day}. */
    static List<VisitDue> schedules(EntityManager em, NeedsRules rules, String street, String householdId,
            LocalDate day) {
        String where = (street == null ? "" : " AND h.street = :street")
                + (householdId == null ? "" : " AND h.id = :household");
        TypedQuery<Object[]> assessed = bind(em.createQuery("SELECT a, h.street FROM NeedsAssessmentEntity a,"
                + " HouseholdEntity h WHERE h.id = a.householdId AND a.supersededBy IS NULL" + where, Object[].class),
                street, householdId);
        TypedQuery<Object[]> visits = bind(em.createQuery("SELECT v.householdId, v.visitedOn, v.advisor,"
                + " v.recordedAt, v.id FROM VisitEntity v, HouseholdEntity h WHERE h.id = v.householdId"
                + " AND v.visitedOn = (SELECT MAX(w.visitedOn) FROM VisitEntity w WHERE w.householdId = v.householdId)"
                + where, Object[].class), street, householdId);
        Map<String, LastVisit> last = new HashMap<>();
        for (Object[] row : visits.getResultList()) {
            LastVisit v = new LastVisit((LocalDate) row[1], (String) row[2], (LocalDateTime) row[3], (String) row[4]);
            last.merge((String) row[0], v, (a, b) -> b.after(a) ? b : a);
        }
        List<VisitDue> out = new ArrayList<>();
        for (Object[] row : assessed.getResultList()) {
            NeedsAssessmentEntity a = (NeedsAssessmentEntity) row[0];
            LastVisit v = last.get(a.getHouseholdId());
            LocalDate lastOn = v == null ? null : v.on();
            LocalDate due = rules.due(a.getLevel(), lastOn, a.getAssessedOn());
            out.add(new VisitDue(a.getHouseholdId(), (String) row[1], a.getLevel(), rules.cycleMonths(a.getLevel()),
                    lastOn, v == null ? null : v.advisor(), a.getAssessedOn(), due, NeedsRules.daysOverdue(due, day)));
        }
        return out;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String street, String householdId) {
        if (street != null) {
            query.setParameter("street", street);
        }
        if (householdId != null) {
            query.setParameter("household", householdId);
        }
        return query;
    }

    static Visit view(VisitEntity v) {
        return new Visit(v.getId(), v.getHouseholdId(), v.getStreet(), v.getAdvisor(), v.getVisitedOn(),
                v.getFindings(), List.copyOf(v.getServices()), v.getFollowUp(), v.getRecordedBy(),
                v.getRecordedAt().toInstant(ZoneOffset.UTC));
    }

    @Override
    public List<AdvisorSummary> advisors(String street, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        NeedsRules in = rules;
        return Tx.run(jpa, em -> AdvisorList.of(em, street, schedules(em, in, street, null, day)));
    }

    @Override
    public List<ServiceTally> services(String street, LocalDate from, LocalDate to) {
        return Tx.run(jpa, em -> ServiceList.of(em, street, from, to));
    }
}
