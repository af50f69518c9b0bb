package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentQuery;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.EnrolmentStatusChange;
import org.doudi.api.casework.Payroll;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.EnrolmentEntity;
import org.doudi.registry.internal.supervision.SupervisionFlags;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Enrolments and the payment roll, from the registry's tables (they stay when a program is redeployed). */
@Component(service = EnrolmentService.class)
public class EnrolmentRegistry implements EnrolmentService {

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private HouseholdService households;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query
    /** Issue 8, close relatives: every status change is first put to the guards (at least one must be bound). */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.AT_LEAST_ONE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile List<org.doudi.registry.internal.supervision.DecisionGuard> guards = List.of();
    /** Every source of supervision flags registered now (dishonesty list, staff relatives, …). */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile List<SupervisionFlags> flagSources = List.of();

    @Override
    public Optional<Enrolment> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(EnrolmentEntity.class, id)).map(e -> view(em, e)));
    }

    @Override
    public Page<Enrolment> search(EnrolmentQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.householdId() != null) {
            where.append(" AND e.householdId = :household");
        }
        if (q.programId() != null) {
            where.append(" AND e.programId = :program");
        }
        if (q.status() != null) {
            where.append(" AND e.status = :status");
        }
        if (q.street() != null) {
            where.append(" AND e.street = :street");
        }
        if (q.reviewDue()) {
            where.append(" AND e.status = :active AND e.nextReview <= :today");
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            TypedQuery<EnrolmentEntity> list = bind(em.createQuery("SELECT e FROM EnrolmentEntity e" + where
                    + " ORDER BY e.id", EnrolmentEntity.class), q, today);
            TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(e) FROM EnrolmentEntity e" + where, Long.class),
                    q, today);
            Map<String, List<SupervisionFlag>> flags = new HashMap<>(); // asked once per household of the page
            List<Enrolment> items = list.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList()
                    .stream().map(e -> CaseViews.of(e, flags.computeIfAbsent(e.getHouseholdId(),
                            h -> SupervisionFlags.all(flagSources, em, h))))
                    .collect(Collectors.toList());
            return new Page<>(items, q.page(), q.size(), count.getSingleResult());
        });
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, EnrolmentQuery q, LocalDate today) {
        if (q.householdId() != null) {
            query.setParameter("household", q.householdId());
        }
        if (q.programId() != null) {
            query.setParameter("program", q.programId());
        }
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        if (q.street() != null) {
            query.setParameter("street", q.street());
        }
        if (q.reviewDue()) {
            query.setParameter("active", EnrolmentStatus.ACTIVE);
            query.setParameter("today", today);
        }
        return query;
    }

    @Override
    public Enrolment changeStatus(String id, EnrolmentStatusChange change, WriteContext ctx) {
        LocalDate today = clock.today();
        LocalDate on = checked(change, today);
        return Tx.run(jpa, em -> {
            EnrolmentEntity e = id == null || id.length() > 64 ? null : em.find(EnrolmentEntity.class, id);
            if (e == null) {
                throw DoudiException.notFound("enrolment " + id);
            }
            if (e.getStatus() == EnrolmentStatus.TERMINATED) {
                throw new DoudiException(409, "illegal-transition", "enrolment " + id + " is TERMINATED ("
                        + e.getStatusReason() + " since " + e.getStatusSince() + "); a new application is needed");
            }
            if (e.getStatus() == change.status()) {
                throw new DoudiException(409, "illegal-transition", "enrolment " + id + " is already " + e.getStatus());
            }
            if (on.isBefore(e.getStatusSince())) {
                throw new ValidationException("on", "order", "cannot be before the current status's date ("
                        + e.getStatusSince() + ")");
            }
            // issue 8: a registered relative's staff member does not decide
            guards.forEach(g -> g.check(em, ctx.actor(), e.getHouseholdId(), "ENROLMENT_" + change.status()));
            EnrolmentStatusWrites.apply(em, e, change.status(), change.reason(), change.note(), on, ctx.actor(),
                    clock.now());
            households.find(e.getHouseholdId(), today)
                    .ifPresent(h -> CircleIndex.recompute(em, h, today, clock.now()));
            return view(em, e);
        });
    }

    /** The enrolment as the API shows it, with the supervision flags on its household today. */
    private Enrolment view(EntityManager em, EnrolmentEntity e) {
        return CaseViews.of(e, SupervisionFlags.all(flagSources, em, e.getHouseholdId()));
    }

    private static LocalDate checked(EnrolmentStatusChange c, LocalDate today) {
        if (c == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        if (c.status() == null) {
            throw new ValidationException("status", "required", "one of ACTIVE, SUSPENDED, TERMINATED");
        }
        if (c.status() != EnrolmentStatus.ACTIVE && c.reason() == null) {
            throw new ValidationException("reason", "required", "why the enrolment is " + c.status());
        }
        if (c.status() == EnrolmentStatus.TERMINATED && c.reason() == TerminationReason.PENDING_VERIFICATION) {
            throw new ValidationException("reason", "oneOf", "PENDING_VERIFICATION suspends; it does not terminate");
        }
        if (c.note() != null && c.note().length() > CaseChecks.MAX_TEXT) {
            throw new ValidationException("note", "length", "must be at most " + CaseChecks.MAX_TEXT + " characters");
        }
        java.util.List<org.doudi.api.FieldViolation> v = new java.util.ArrayList<>();
        LocalDate on = CaseChecks.date(v, "on", c.on(), today);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        if (on.isAfter(today)) {
            throw new ValidationException("on", "notFuture", "cannot be after today (" + today + ")");
        }
        return on;
    }

    @Override
    public Payroll payroll(String programId, YearMonth month, String street) {
        String where = " WHERE e.startMonth <= :month" + (programId == null ? "" : " AND e.programId = :program")
                + (street == null ? "" : " AND e.street = :street");
        List<Enrolment> enrolments = Tx.run(jpa, em -> {
            TypedQuery<EnrolmentEntity> q = em.createQuery("SELECT e FROM EnrolmentEntity e" + where, EnrolmentEntity.class)
                    .setParameter("month", month.toString());
            if (programId != null) {
                q.setParameter("program", programId);
            }
            if (street != null) {
                q.setParameter("street", street);
            }
            return q.getResultList().stream().map(CaseViews::of).collect(Collectors.toList());
        });
        return PayrollRoll.draw(enrolments, month, programId, street, clock.today());
    }
}
