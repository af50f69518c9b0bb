package org.doudi.registry.internal.needs;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.needs.Grade;
import org.doudi.api.needs.NeedsAssessment;
import org.doudi.api.needs.NeedsAssessmentRequest;
import org.doudi.api.needs.NeedsGrades;
import org.doudi.api.needs.NeedsService;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.NeedsAssessmentEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Needs assessments (困难画像) in the registry's tables. A new assessment supersedes the household's current one (the
 * household row is locked meanwhile, so two concurrent assessments chain rather than both becoming current); the
 * score and level follow {@link NeedsRules} as configured under {@code org.doudi.needs}.
 */
@Component(service = NeedsService.class, configurationPid = NeedsRegistry.PID)
@Designate(ocd = NeedsConfig.class)
public class NeedsRegistry implements NeedsService {
    private static final Logger LOG = LoggerFactory.getLogger(NeedsRegistry.class);
    static final String PID = "org.doudi.needs";
    static final String ENTITY = "needs-assessment";

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
            LOG.error("Configuration {} not applied: {}; {} stays in force", PID, e.getMessage(), rules);
        }
    }

    @Override
    public NeedsAssessment assess(NeedsAssessmentRequest r, WriteContext ctx) {
        NeedsChecks.assessment(r, clock.today());
        NeedsRules in = rules;
        NeedsGrades grades = r.grades();
        int score = in.score(grades);
        Grade level = in.level(score);
        return Tx.run(jpa, em -> {
            HouseholdEntity h = em.find(HouseholdEntity.class, r.householdId().strip(), LockModeType.PESSIMISTIC_WRITE);
            if (h == null) {
                throw DoudiException.notFound("household " + r.householdId());
            }
            NeedsAssessmentEntity previous = current(em, h.getId());
            if (previous != null && r.assessedOn().isBefore(previous.getAssessedOn())) {
                throw new ValidationException("assessedOn", "order", "cannot be before the household's current "
                        + "assessment (" + previous.getAssessedOn() + ", " + previous.getId() + ")");
            }
            NeedsAssessmentEntity a = new NeedsAssessmentEntity();
            a.setId(UUID.randomUUID().toString());
            a.setHousehold(h.getId(), h.getStreet());
            a.setAssessment(r.assessedOn(), grades, score, level, NeedsChecks.stripOrNull(r.note()));
            a.setRecorded(ctx.actor(), LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
            em.persist(a);
            if (previous != null) {
                previous.supersede(a.getId());
            }
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "NEEDS_ASSESSED", ENTITY, a.getId(), a.getVersion(),
                    "household " + h.getId() + " assessed on " + a.getAssessedOn() + ": score " + score + ", level "
                            + level + " (" + grades + ")" + (previous == null ? ""
                                    : "; supersedes " + previous.getId() + " (level " + previous.getLevel() + ")"),
                    null);
            if (previous != null) {
                AuditLog.append(em, clock.now(), ctx.actor(), "NEEDS_ASSESSMENT_SUPERSEDED", ENTITY, previous.getId(),
                        previous.getVersion(), "superseded by " + a.getId() + " of " + a.getAssessedOn(), null);
            }
            return view(a);
        });
    }

    @Override
    public List<NeedsAssessment> history(String householdId) {
        if (householdId == null || householdId.isBlank() || householdId.length() > 64) {
            return List.of();
        }
        return Tx.run(jpa, em -> newestFirst(em.createQuery("SELECT a FROM NeedsAssessmentEntity a"
                + " WHERE a.householdId = :h ORDER BY a.assessedOn DESC, a.recordedAt DESC", NeedsAssessmentEntity.class)
                .setParameter("h", householdId.strip()).getResultList()).stream().map(NeedsRegistry::view).toList());
    }

    @Override
    public Optional<NeedsAssessment> current(String householdId) {
        if (householdId == null || householdId.isBlank() || householdId.length() > 64) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(current(em, householdId.strip())).map(NeedsRegistry::view));
    }

    /** The household's current assessment, or null. */
    static NeedsAssessmentEntity current(EntityManager em, String householdId) {
        return em.createQuery("SELECT a FROM NeedsAssessmentEntity a WHERE a.householdId = :h"
                + " AND a.supersededBy IS NULL", NeedsAssessmentEntity.class).setParameter("h", householdId)
                .getResultList().stream().findFirst().orElse(null);
    }

    /** Along the chain of supersessions from the current one back (ties of day and time resolved by the chain). */
    static List<NeedsAssessmentEntity> newestFirst(List<NeedsAssessmentEntity> all) {
        Map<String, NeedsAssessmentEntity> bySuccessor = new HashMap<>();
        NeedsAssessmentEntity head = null;
        for (NeedsAssessmentEntity a : all) {
            if (a.getSupersededBy() == null) {
                head = a;
            } else {
                bySuccessor.put(a.getSupersededBy(), a);
            }
        }
        List<NeedsAssessmentEntity> ordered = new ArrayList<>();
        for (NeedsAssessmentEntity a = head; a != null && ordered.size() < all.size(); a = bySuccessor.get(a.getId())) {
            ordered.add(a);
        }
        for (NeedsAssessmentEntity a : all) {
            if (!ordered.contains(a)) {
                ordered.add(a);
            }
        }
        return ordered;
    }

    static NeedsAssessment view(NeedsAssessmentEntity a) {
        return new NeedsAssessment(a.getId(), a.getHouseholdId(), a.getStreet(), a.getAssessedOn(), a.getGrades(),
                a.getScore(), a.getLevel(), a.getNote(), a.getSupersededBy() == null, a.getSupersededBy(),
                a.getRecordedBy(), a.getRecordedAt().toInstant(ZoneOffset.UTC), a.getVersion());
    }

    /** The needs list: current assessments of the households now in {@code street}, the highest score first. */
    @Override
    public Page<NeedsAssessment> currentList(String street, Grade level, int page, int size) {
        NeedsChecks.page(page, size, MAX_LIST_SIZE);
        String where = (street == null ? "" : " AND h.street = :street")
                + (level == null ? "" : " AND a.level = :level");
        return Tx.run(jpa, em -> {
            TypedQuery<NeedsAssessmentEntity> query = em.createQuery("SELECT a FROM NeedsAssessmentEntity a,"
                    + " HouseholdEntity h WHERE h.id = a.householdId AND a.supersededBy IS NULL" + where
                    + " ORDER BY a.score DESC, a.assessedOn DESC, a.householdId", NeedsAssessmentEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM NeedsAssessmentEntity a,"
                    + " HouseholdEntity h WHERE h.id = a.householdId AND a.supersededBy IS NULL" + where, Long.class);
            for (TypedQuery<?> t : List.of(query, count)) {
                if (street != null) {
                    t.setParameter("street", street);
                }
                if (level != null) {
                    t.setParameter("level", level);
                }
            }
            List<NeedsAssessment> items = query.setFirstResult(page * size).setMaxResults(size).getResultList()
                    .stream().map(NeedsRegistry::view).toList();
            return new Page<>(items, page, size, count.getSingleResult());
        });
    }
}
