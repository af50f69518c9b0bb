package org.doudi.registry.internal.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.doudi.api.resources.Referral;
import org.doudi.api.resources.ReferralOutcomeRequest;
import org.doudi.api.resources.ReferralQuery;
import org.doudi.api.resources.ReferralRequest;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ReferralStatus;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Snapshots;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.AssistanceResourceEntity;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.ReferralEntity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Referrals (转介) in the registry's tables. A referral locks its resource's row and takes a place (and its amount) in
 * the same transaction, so concurrent referrals never commit more than the capacity or the budget; declining or
 * withdrawing gives them back. Lists are ordered by the day referred, the newest first, then by id (stable while
 * outcomes are recorded).
 */
@Component(service = ReferralService.class)
public class ReferralRegistry implements ReferralService {
    static final String ENTITY = "referral";
    private static final Map<ReferralStatus, Set<ReferralStatus>> MOVES = Map.of(
            ReferralStatus.REFERRED, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.DELIVERED,
                    ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN),
            ReferralStatus.ACCEPTED, Set.of(ReferralStatus.DELIVERED, ReferralStatus.DECLINED,
                    ReferralStatus.WITHDRAWN));

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    @Override
    public Referral refer(ReferralRequest r, WriteContext ctx) {
        LocalDate on = ReferralChecks.referral(r, clock.today());
        return Tx.run(jpa, em -> {
            HouseholdEntity h = em.find(HouseholdEntity.class, r.householdId().strip());
            if (h == null) {
                throw DoudiException.notFound("household " + r.householdId());
            }
            AssistanceResourceEntity res = ResourceRegistry.locked(em, r.resourceId().strip());
            BigDecimal amount = r.amount() == null ? null : r.amount().setScale(2);
            admit(res, h, on, amount);
            res.commit(1, amount);
            res.setUpdated(ctx.actor(), now());
            ReferralEntity e = new ReferralEntity();
            e.setReferral(UUID.randomUUID().toString(), h.getId(), h.getStreet(), res.getId(), r.dimension(), amount,
                    on, r.note() == null || r.note().isBlank() ? null : r.note().strip(), ctx.actor(), now());
            em.persist(e);
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "REFERRAL_MADE", ENTITY, e.getId(), e.getVersion(),
                    "household " + h.getId() + " referred to " + res.getName() + " (" + res.getId() + ") on " + on
                            + (amount == null ? "" : " for " + amount + " yuan") + "; " + res.getCommitted()
                            + " place(s), " + res.getCommittedAmount() + " yuan committed", null);
            return ResourceViews.of(e, res.getName());
        });
    }

    /** Refuses a referral the resource cannot take on {@code on}: 409 naming what is missing, 422 for the amount. */
    private static void admit(AssistanceResourceEntity res, HouseholdEntity h, LocalDate on, BigDecimal amount) {
        String what = "resource " + res.getName() + " (" + res.getId() + ")";
        if (!res.isActive()) {
            throw DoudiException.conflict(what + " is closed");
        }
        if (!ResourceViews.validOn(res, on)) {
            throw DoudiException.conflict(what + " is not valid on " + on + " (valid " + (res.getValidFrom() == null
                    ? "" : "from " + res.getValidFrom() + " ") + (res.getValidTo() == null ? ""
                            : "to " + res.getValidTo()) + ")");
        }
        if (!ResourceViews.serves(res, h.getStreet())) {
            throw DoudiException.conflict(what + " serves " + res.getStreet() + ", not the household's street "
                    + h.getStreet());
        }
        if (res.getBudget() == null && amount != null) {
            throw new ValidationException("amount", "absent", what + " has no budget: leave the amount out");
        }
        if (res.getBudget() != null && amount == null) {
            throw new ValidationException("amount", "required", what + " has a budget: name the yuan to hold");
        }
        if (res.getCapacity() != null && res.getCommitted() >= res.getCapacity()) {
            throw DoudiException.conflict(what + " has no place left: capacity " + res.getCapacity() + ", "
                    + res.getCommitted() + " places committed");
        }
        if (amount != null) {
            BigDecimal left = res.getBudget().subtract(res.getCommittedAmount());
            if (amount.compareTo(left) > 0) {
                throw DoudiException.conflict(what + " has " + left + " yuan left of its budget of "
                        + res.getBudget() + "; " + amount + " yuan asked");
            }
        }
    }

    @Override
    public Referral outcome(String id, ReferralOutcomeRequest request, WriteContext ctx) {
        ReferralChecks.Outcome o = ReferralChecks.outcome(request, clock.today());
        return Tx.run(jpa, em -> {
            String resourceId = id == null || id.length() > 36 ? null : em.createQuery("SELECT r.resourceId FROM"
                    + " ReferralEntity r WHERE r.id = :id", String.class).setParameter("id", id).getResultList()
                    .stream().findFirst().orElse(null);
            if (resourceId == null) {
                throw DoudiException.notFound("referral " + id);
            }
            AssistanceResourceEntity res = ResourceRegistry.locked(em, resourceId);
            ReferralEntity e = em.find(ReferralEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            ReferralStatus from = e.getStatus();
            if (!MOVES.getOrDefault(from, Set.of()).contains(o.status())) {
                throw DoudiException.conflict("referral " + id + " is " + from + "; it cannot become " + o.status());
            }
            if (o.on().isBefore(e.getReferredOn())) {
                throw new ValidationException("on", "order", "cannot be before the referral (" + e.getReferredOn()
                        + ")");
            }
            if (e.getOutcomeOn() != null && o.on().isBefore(e.getOutcomeOn())) {
                throw new ValidationException("on", "order", "cannot be before the referral's latest outcome ("
                        + from + " on " + e.getOutcomeOn() + ")");
            }
            e.setOutcome(o.status(), request.outcome().strip(), o.on(), ctx.actor(), now());
            boolean released = from.holdsPlace() && !o.status().holdsPlace();
            if (released) {
                res.commit(-1, e.getAmount());
                res.setUpdated(ctx.actor(), now());
            }
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "REFERRAL_" + o.status(), ENTITY, e.getId(),
                    e.getVersion(), from + " → " + o.status() + " on " + o.on() + ": " + e.getOutcome()
                            + (released ? "; place" + (e.getAmount() == null ? "" : " and " + e.getAmount()
                                    + " yuan") + " of " + res.getName() + " released" : ""),
                    Snapshots.json(outcomePayload(e, from, released)));
            return ResourceViews.of(e, res.getName());
        });
    }

    /**
     * The referral after an outcome, for the audit payload: the whole outcome text (the reason is cut at 500
     * characters, an outcome may have 1000), the move, its day and whether the place was given back.
     */
    static Map<String, Object> outcomePayload(ReferralEntity e, ReferralStatus from, boolean released) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", e.getId());
        p.put("householdId", e.getHouseholdId());
        p.put("resourceId", e.getResourceId());
        p.put("from", from.name());
        p.put("status", e.getStatus().name());
        p.put("on", e.getOutcomeOn().toString());
        p.put("outcome", e.getOutcome());
        p.put("amount", e.getAmount() == null ? null : e.getAmount().toPlainString());
        p.put("placeReleased", released);
        p.put("version", e.getVersion());
        return p;
    }

    @Override
    public Optional<Referral> get(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(ReferralEntity.class, id))
                .map(e -> ResourceViews.of(e, names(em, List.of(e.getResourceId())).get(e.getResourceId()))));
    }

    @Override
    public Page<Referral> find(ReferralQuery q) {
        ReferralChecks.query(q);
        String where = " WHERE 1 = 1" + (q.householdId() == null ? "" : " AND r.householdId = :household")
                + (q.resourceId() == null ? "" : " AND r.resourceId = :resource")
                + (q.street() == null ? "" : " AND r.street = :street")
                + (q.status() == null ? "" : " AND r.status = :status");
        return Tx.run(jpa, em -> {
            List<ReferralEntity> found = bind(em.createQuery("SELECT r FROM ReferralEntity r" + where
                    + " ORDER BY r.referredOn DESC, r.id DESC", ReferralEntity.class), q)
                    .setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList();
            long total = bind(em.createQuery("SELECT COUNT(r) FROM ReferralEntity r" + where, Long.class), q)
                    .getSingleResult();
            Map<String, String> names = names(em, found.stream().map(ReferralEntity::getResourceId).distinct()
                    .toList());
            return new Page<>(found.stream().map(e -> ResourceViews.of(e, names.get(e.getResourceId()))).toList(),
                    q.page(), q.size(), total);
        });
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> t, ReferralQuery q) {
        if (q.householdId() != null) {
            t.setParameter("household", q.householdId());
        }
        if (q.resourceId() != null) {
            t.setParameter("resource", q.resourceId());
        }
        if (q.street() != null) {
            t.setParameter("street", q.street());
        }
        if (q.status() != null) {
            t.setParameter("status", q.status());
        }
        return t;
    }

    private static Map<String, String> names(EntityManager em, List<String> resourceIds) {
        Map<String, String> out = new HashMap<>();
        if (!resourceIds.isEmpty()) {
            em.createQuery("SELECT r.id, r.name FROM AssistanceResourceEntity r WHERE r.id IN :ids", Object[].class)
                    .setParameter("ids", resourceIds).getResultList().forEach(row -> out.put((String) row[0],
                            (String) row[1]));
        }
        return out;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
