package org.doudi.registry.internal.supervision.dishonesty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.Digests;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.FieldViolation;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.supervision.DishonestyCheck;
import org.doudi.api.supervision.DishonestyLiftRequest;
import org.doudi.api.supervision.DishonestyQuery;
import org.doudi.api.supervision.DishonestyRecord;
import org.doudi.api.supervision.DishonestyRecordRequest;
import org.doudi.api.supervision.DishonestyRecoveryRequest;
import org.doudi.api.supervision.DishonestyService;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.casework.CircleIndex;
import org.doudi.registry.internal.entity.DishonestyRecordEntity;
import org.doudi.registry.internal.supervision.DecisionGuard;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Dishonesty records (失信记录): recording (see {@link DishonestyRecording}), recoveries, lifting a listing, the
 * lists, and the audited check of an ID number against the joint-punishment list.
 */
@Component(service = DishonestyService.class)
public class DishonestyRegistry implements DishonestyService {
    /** The audit entity of a check: the SHA-256 of the ID number asked about, never the number itself. */
    static final String CHECKED = "id-number-sha256";

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private HouseholdService households;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query
    /**
     * Keep staff from deciding about their own close relatives (every guard registered now is asked; at least one
     * must be bound, so no decision passes while the guard is absent): recording, recoveries and lifting.
     */
    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DecisionGuard> guards = List.of();

    @Override
    public DishonestyRecord record(DishonestyRecordRequest request, WriteContext ctx) {
        LocalDate today = clock.today();
        DishonestyChecks.Checked c = DishonestyChecks.record(request, today);
        return Tx.run(jpa, em -> {
            guards.forEach(g -> g.check(em, ctx.actor(), c.householdId(), "DISHONESTY_RECORDED"));
            DishonestyRecordEntity d = DishonestyRecording.write(em, c, today, clock.now(), ctx);
            if (d.getTerminatedEnrolments() != null) {
                households.find(d.getHouseholdId(), today).ifPresent(h -> CircleIndex.recompute(em, h, today,
                        clock.now()));
            }
            return DishonestyViews.of(d, today);
        });
    }

    @Override
    public Optional<DishonestyRecord> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(DishonestyRecordEntity.class, id))
                .map(d -> DishonestyViews.of(d, today)));
    }

    @Override
    public Page<DishonestyRecord> search(DishonestyQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.listed() != null) {
            where.append(q.listed() ? " AND " : " AND NOT ").append(DishonestyListing.LISTED);
        }
        if (q.street() != null) {
            where.append(" AND d.street = :street");
        }
        if (q.householdId() != null) {
            where.append(" AND d.householdId = :household");
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            List<DishonestyRecord> items = bind(em.createQuery("SELECT d FROM DishonestyRecordEntity d" + where
                    + " ORDER BY d.decidedOn DESC, d.id", DishonestyRecordEntity.class), q, today)
                    .setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList().stream()
                    .map(d -> DishonestyViews.of(d, today)).toList();
            long total = bind(em.createQuery("SELECT COUNT(d) FROM DishonestyRecordEntity d" + where, Long.class), q,
                    today).getSingleResult();
            return new Page<>(items, q.page(), q.size(), total);
        });
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, DishonestyQuery q, LocalDate today) {
        if (q.listed() != null) {
            query.setParameter("today", today);
        }
        if (q.street() != null) {
            query.setParameter("street", q.street());
        }
        if (q.householdId() != null) {
            query.setParameter("household", q.householdId());
        }
        return query;
    }

    @Override
    public DishonestyRecord recordRecovery(String id, DishonestyRecoveryRequest r, WriteContext ctx) {
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            DishonestyRecordEntity d = load(em, id);
            guards.forEach(g -> g.check(em, ctx.actor(), d.getHouseholdId(), "DISHONESTY_RECOVERY"));
            new DishonestyRecoveries(em, clock).recover(d, r, ctx);
            return DishonestyViews.of(d, today);
        });
    }

    @Override
    public DishonestyRecord lift(String id, DishonestyLiftRequest r, WriteContext ctx) {
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            DishonestyRecordEntity d = load(em, id);
            guards.forEach(g -> g.check(em, ctx.actor(), d.getHouseholdId(), "DISHONESTY_LIFTED"));
            new DishonestyRecoveries(em, clock).lift(d, r, ctx);
            DishonestyRecording.releaseClaims(em, d.getId());
            return DishonestyViews.of(d, today);
        });
    }

    @Override
    public DishonestyCheck check(String idNumber, String actor) {
        LocalDate today = clock.today();
        List<FieldViolation> v = new ArrayList<>();
        String id = DishonestyChecks.idNumber(v, idNumber, today);
        DishonestyChecks.throwIfAny(v);
        return Tx.run(jpa, em -> {
            List<DishonestyRecordEntity> listed = em.createQuery("SELECT d FROM DishonestyRecordEntity d"
                    + " WHERE d.idNumber = :id AND " + DishonestyListing.LISTED + " ORDER BY d.decidedOn DESC",
                    DishonestyRecordEntity.class).setParameter("id", id).setParameter("today", today).getResultList();
            DishonestyCheck answer = listed.isEmpty() ? new DishonestyCheck(id, false, null)
                    : new DishonestyCheck(id, true, listed.get(0).getDecidedOn());
            AuditLog.append(em, clock.now(), actor, "DISHONESTY_CHECK", CHECKED, Digests.sha256(id), null,
                    "check of an ID number against the joint-punishment list: " + (listed.isEmpty() ? "not listed"
                            : "listed (record " + listed.get(0).getId() + ", decided " + answer.decidedOn() + ")"),
                    null);
            return answer;
        });
    }

    private static DishonestyRecordEntity load(EntityManager em, String id) {
        DishonestyRecordEntity d = id == null || id.length() > 64 ? null
                : em.find(DishonestyRecordEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw DoudiException.notFound("dishonesty record " + id);
        }
        return d;
    }
}
