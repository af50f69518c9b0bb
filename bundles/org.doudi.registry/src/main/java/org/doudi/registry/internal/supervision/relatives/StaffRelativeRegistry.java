package org.doudi.registry.internal.supervision.relatives;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.supervision.StaffRelative;
import org.doudi.api.supervision.StaffRelativeConflict;
import org.doudi.api.supervision.StaffRelativeEnd;
import org.doudi.api.supervision.StaffRelativeRelation;
import org.doudi.api.supervision.StaffRelativeRequest;
import org.doudi.api.supervision.StaffRelativeService;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.StaffRelativeEntity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Close-relative registrations (近亲属备案) in the registry's tables: one active registration per staff member and ID
 * number, one active own ID number ({@code SELF}) per staff member and per ID number. Each write commits with its
 * audit event; registering an ID number (own or a relative's) logs a warning for every active custody it makes a
 * staff custody.
 */
@Component(service = StaffRelativeService.class)
public class StaffRelativeRegistry implements StaffRelativeService {
    private static final Logger LOG = LoggerFactory.getLogger(StaffRelativeRegistry.class);
    static final String ENTITY = "staff-relative";

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    @Override
    public StaffRelative register(StaffRelativeRequest r, WriteContext ctx) {
        String idNumber = StaffRelativeChecks.registration(r, clock.today());
        return Tx.run(jpa, em -> {
            refuseDuplicates(em, r.staff(), r.relation(), idNumber);
            StaffRelativeEntity e = new StaffRelativeEntity(UUID.randomUUID().toString(), r.staff(), r.relation(),
                    r.name().strip(), idNumber, StaffRelativeChecks.stripped(r.note()), ctx.actor(),
                    LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
            em.persist(e);
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "STAFF_RELATIVE_REGISTERED", ENTITY, e.getId(),
                    e.getVersion(), r.staff() + ": " + (r.relation() == StaffRelativeRelation.SELF ? "own ID number "
                            : StaffRelativeMatches.words(r.relation()) + " " + e.getName() + ", ")
                            + ResidentIdNumber.mask(idNumber) + (ctx.reason() == null ? "" : "; " + ctx.reason()),
                    null);
            warnOfCustodies(em, r.relation() == StaffRelativeRelation.SELF ? "staff member " + r.staff()
                    : "a close relative (" + StaffRelativeMatches.words(r.relation()) + ") of staff member "
                            + r.staff(), idNumber);
            return StaffRelativeViews.of(e);
        });
    }

    private static void refuseDuplicates(EntityManager em, String staff, StaffRelativeRelation relation,
            String idNumber) {
        for (StaffRelativeEntity a : active(em, idNumber)) {
            if (a.getStaffUser().equals(staff)) {
                throw DoudiException.conflict(staff + " already registered " + ResidentIdNumber.mask(idNumber)
                        + " (registration " + a.getId() + ", " + a.getRelation() + "); end it first to change it");
            }
            if (relation == StaffRelativeRelation.SELF && a.getRelation() == StaffRelativeRelation.SELF) {
                throw DoudiException.conflict(ResidentIdNumber.mask(idNumber) + " is already registered as the own ID"
                        + " number of another member of staff (registration " + a.getId() + ")");
            }
        }
        if (relation == StaffRelativeRelation.SELF) {
            em.createQuery("SELECT r FROM StaffRelativeEntity r WHERE r.staffUser = :s AND r.relation = :self"
                    + " AND r.endedOn IS NULL", StaffRelativeEntity.class).setParameter("s", staff)
                    .setParameter("self", StaffRelativeRelation.SELF).getResultList().stream().findFirst()
                    .ifPresent(a -> {
                        throw DoudiException.conflict(staff + " already registered their own ID number ("
                                + "registration " + a.getId() + "); end it first to change it");
                    });
        }
    }

    private static List<StaffRelativeEntity> active(EntityManager em, String idNumber) {
        return em.createQuery("SELECT r FROM StaffRelativeEntity r WHERE r.idNumber = :id AND r.endedOn IS NULL",
                StaffRelativeEntity.class).setParameter("id", idNumber).getResultList();
    }

    private static void warnOfCustodies(EntityManager em, String staff, String idNumber) {
        em.createQuery("SELECT c.id, c.householdId FROM CustodyRecordEntity c WHERE c.custodianIdNumber = :id"
                + " AND c.endedOn IS NULL", Object[].class).setParameter("id", idNumber).getResultList()
                .forEach(c -> LOG.warn("Custody {} of household {}: the custodian is {}", c[0], c[1], staff));
    }

    @Override
    public StaffRelative end(String id, StaffRelativeEnd end, WriteContext ctx) {
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            StaffRelativeEntity e = id == null || id.length() > 64 ? null : em.find(StaffRelativeEntity.class, id);
            if (e == null) {
                throw DoudiException.notFound("registration " + id);
            }
            if (e.getEndedOn() != null) {
                throw DoudiException.conflict("registration " + id + " already ended on " + e.getEndedOn());
            }
            LocalDate on = StaffRelativeChecks.end(end, today, StaffRelativeViews.day(e.getRegisteredAt()));
            e.end(on, end.reason().strip(), ctx.actor(), LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "STAFF_RELATIVE_ENDED", ENTITY, e.getId(), e.getVersion(),
                    e.getStaffUser() + ": " + e.getRelation() + " " + ResidentIdNumber.mask(e.getIdNumber())
                            + " ended on " + on + ": " + e.getEndReason(), null);
            return StaffRelativeViews.of(e);
        });
    }

    @Override
    public Optional<StaffRelative> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(StaffRelativeEntity.class, id))
                .map(StaffRelativeViews::of));
    }

    @Override
    public List<StaffRelative> list(String staff, boolean includeEnded) {
        String where = " WHERE 1 = 1" + (staff == null ? "" : " AND r.staffUser = :staff")
                + (includeEnded ? "" : " AND r.endedOn IS NULL");
        return Tx.run(jpa, em -> {
            TypedQuery<StaffRelativeEntity> q = em.createQuery("SELECT r FROM StaffRelativeEntity r" + where
                    + " ORDER BY r.staffUser, r.registeredAt, r.id", StaffRelativeEntity.class);
            if (staff != null) {
                q.setParameter("staff", staff);
            }
            return q.getResultList().stream().map(StaffRelativeViews::of)
                    .sorted(Comparator.comparing(x -> !x.active())).collect(Collectors.toList());
        });
    }

    @Override
    public List<StaffRelativeConflict> conflicts(String staff, String street) {
        return Tx.run(jpa, em -> StaffRelativeConflicts.list(em, staff, street));
    }
}
