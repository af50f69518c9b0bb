package org.doudi.registry.internal.resources;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.StreetDirectory;
import org.doudi.api.WriteContext;
import org.doudi.api.resources.AssistanceResource;
import org.doudi.api.resources.ResourceMatch;
import org.doudi.api.resources.ResourceQuery;
import org.doudi.api.resources.ResourceRequest;
import org.doudi.api.resources.ResourceService;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.AssistanceResourceEntity;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The resource list (资源清单) in the registry's tables, and the matching of assessed needs to it. A change locks the
 * resource's row, so it cannot drop capacity or budget below what a referral committed meanwhile.
 */
@Component(service = ResourceService.class)
public class ResourceRegistry implements ResourceService {
    static final String ENTITY = "assistance-resource";

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private StreetDirectory streets;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    @Override
    public AssistanceResource create(ResourceRequest request, String programId, WriteContext ctx) {
        ResourceChecks.programId(programId);
        ResourceChecks.Valid r = ResourceChecks.request(request, streets);
        return Tx.run(jpa, em -> {
            AssistanceResourceEntity e = new AssistanceResourceEntity();
            e.setIdentity(UUID.randomUUID().toString(), programId, ctx.actor(), now());
            apply(e, r);
            em.persist(e);
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "RESOURCE_ADDED", ENTITY, e.getId(), e.getVersion(),
                    describe(e) + (ctx.reason() == null ? "" : "; " + ctx.reason()), null);
            return ResourceViews.of(e);
        });
    }

    @Override
    public AssistanceResource update(String id, long expectedVersion, ResourceRequest request, WriteContext ctx) {
        ResourceChecks.Valid r = ResourceChecks.request(request, streets);
        return Tx.run(jpa, em -> {
            AssistanceResourceEntity e = locked(em, id);
            if (e.getVersion() != expectedVersion) {
                throw DoudiException.stale("resource " + id, expectedVersion, e.getVersion());
            }
            if (r.capacity() != null && r.capacity() < e.getCommitted()) {
                throw DoudiException.conflict("capacity " + r.capacity() + " is below the " + e.getCommitted()
                        + " places committed to referrals of resource " + id);
            }
            if (r.budget() != null && r.budget().compareTo(e.getCommittedAmount()) < 0) {
                throw DoudiException.conflict("budget " + r.budget() + " yuan is below the " + e.getCommittedAmount()
                        + " yuan committed to referrals of resource " + id);
            }
            apply(e, r);
            e.setUpdated(ctx.actor(), now());
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "RESOURCE_CHANGED", ENTITY, e.getId(), e.getVersion(),
                    describe(e) + (ctx.reason() == null ? "" : "; " + ctx.reason()), null);
            return ResourceViews.of(e);
        });
    }

    @Override
    public Optional<AssistanceResource> get(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(AssistanceResourceEntity.class, id))
                .map(ResourceViews::of));
    }

    @Override
    public List<AssistanceResource> find(ResourceQuery q) {
        ResourceQuery query = q == null ? new ResourceQuery(null, null, null, null, null) : q;
        LocalDate today = clock.today();
        String where = " WHERE 1 = 1" + (query.kind() == null ? "" : " AND r.kind = :kind")
                + (query.category() == null ? "" : " AND r.category = :category")
                + (query.street() == null ? "" : " AND (r.street IS NULL OR r.street = :street)")
                + (query.programId() == null ? "" : " AND r.programId = :program");
        return Tx.run(jpa, em -> {
            TypedQuery<AssistanceResourceEntity> t = em.createQuery("SELECT r FROM AssistanceResourceEntity r"
                    + where + " ORDER BY r.name, r.id", AssistanceResourceEntity.class);
            if (query.kind() != null) {
                t.setParameter("kind", query.kind());
            }
            if (query.category() != null) {
                t.setParameter("category", query.category());
            }
            if (query.street() != null) {
                t.setParameter("street", query.street());
            }
            if (query.programId() != null) {
                t.setParameter("program", query.programId());
            }
            return t.getResultList().stream()
                    .filter(e -> !Boolean.TRUE.equals(query.available()) || ResourceViews.availableOn(e, today))
                    .map(ResourceViews::of).toList();
        });
    }

    @Override
    public List<ResourceMatch> matches(String householdId, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        return Tx.run(jpa, em -> {
            HouseholdEntity h = householdId == null || householdId.length() > 36 ? null
                    : em.find(HouseholdEntity.class, householdId.strip());
            if (h == null) {
                throw DoudiException.notFound("household " + householdId);
            }
            return ResourceMatching.matches(em, h, day);
        });
    }

    /** The resource's row, locked for the transaction; 404 when unknown. */
    static AssistanceResourceEntity locked(EntityManager em, String id) {
        AssistanceResourceEntity e = id == null || id.length() > 36 ? null
                : em.find(AssistanceResourceEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw DoudiException.notFound("resource " + id);
        }
        return e;
    }

    private static void apply(AssistanceResourceEntity e, ResourceChecks.Valid r) {
        e.setDescription(r.name(), r.kind(), r.category(), r.provider(), r.street(), r.description());
        e.setLimits(r.capacity(), r.budget(), r.validFrom(), r.validTo(), r.active());
    }

    private static String describe(AssistanceResourceEntity e) {
        return e.getName() + " (" + e.getKind() + ", " + e.getCategory() + ", "
                + (e.getStreet() == null ? "district" : e.getStreet()) + "): capacity "
                + (e.getCapacity() == null ? "unlimited" : e.getCapacity()) + ", budget "
                + (e.getBudget() == null ? "unlimited" : e.getBudget() + " yuan") + (e.isActive() ? "" : ", closed");
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
