package org.doudi.registry.internal.supervision.custody;

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
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.supervision.CustodyEnd;
import org.doudi.api.supervision.CustodyQuery;
import org.doudi.api.supervision.CustodyRecord;
import org.doudi.api.supervision.CustodyRequest;
import org.doudi.api.supervision.CustodyService;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.CustodyRecordEntity;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.MemberEntity;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeMatches;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Card and passbook custody records (卡折代管备案) in the registry's tables. The recipient must be an active member of
 * the household; one item of one account is in one custody at a time (the household row is locked while checking).
 * A custodian who is a member of staff (their own ID number registered, {@code SELF}) or a registered close relative
 * of one is logged as a warning and named, with the registration matched, in the audit event.
 */
@Component(service = CustodyService.class)
public class CustodyRegistry implements CustodyService {
    private static final Logger LOG = LoggerFactory.getLogger(CustodyRegistry.class);
    static final String ENTITY = "custody";

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    @Override
    public CustodyRecord register(CustodyRequest r, WriteContext ctx) {
        CustodyChecks.Checked checked = CustodyChecks.registration(r, clock.today());
        return Tx.run(jpa, em -> {
            HouseholdEntity h = em.find(HouseholdEntity.class, r.householdId().strip(), LockModeType.PESSIMISTIC_WRITE);
            if (h == null) {
                throw DoudiException.notFound("household " + r.householdId());
            }
            MemberEntity m = CustodyRecipients.find(em, h.getId(), r.personId(), checked.recipientIdNumber());
            if (checked.custodianIdNumber().equals(m.getIdNumber())) {
                throw new org.doudi.api.ValidationException("custodianIdNumber", "notRecipient", "the recipient holds"
                        + " their own card or passbook: there is no custody to register");
            }
            refuseDuplicate(em, m.getPersonId(), r, checked.account());
            CustodyRecordEntity c = new CustodyRecordEntity();
            c.setId(UUID.randomUUID().toString());
            c.setHousehold(h.getId(), h.getStreet());
            c.setRecipient(m.getPersonId(), m.getName(), m.getIdNumber());
            c.setCustodian(r.custodianName().strip(), checked.custodianIdNumber(), r.custodianRelation().strip());
            c.setHolding(r.item(), checked.account(), r.since(), r.reason().strip());
            c.setConsent(r.consentBy(), r.consentName().strip(), r.consentOn());
            c.setRecorded(ctx.actor(), LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
            em.persist(c);
            em.flush();
            List<StaffRelativeMatches.Match> regs = StaffRelativeMatches.registrations(em,
                    List.of(checked.custodianIdNumber())).getOrDefault(checked.custodianIdNumber(), List.of());
            CustodyViews.StaffMatch match = CustodyViews.StaffMatch.of(regs);
            String staff = match.registration() == null ? null : match.alert(regs);
            AuditLog.append(em, clock.now(), ctx.actor(), "CUSTODY_RECORDED", ENTITY, c.getId(), c.getVersion(),
                    r.item() + " " + BankAccounts.mask(c.getAccount()) + " of " + m.getName() + " (household " + h.getId()
                            + ") held by " + c.getCustodianName() + " (" + c.getCustodianRelation() + ") since "
                            + c.getSince() + ", consent of the " + c.getConsentBy().name().toLowerCase() + " "
                            + c.getConsentName() + " on " + c.getConsentOn()
                            + (staff == null ? "" : "; ALERT: the custodian is " + staff), null);
            if (staff != null) {
                LOG.warn("Custody {} of household {} ({}): the custodian is {}", c.getId(), h.getId(),
                        h.getStreet(), staff);
            }
            return CustodyViews.of(c, match);
        });
    }

    private static void refuseDuplicate(EntityManager em, String personId, CustodyRequest r, String account) {
        em.createQuery("SELECT c FROM CustodyRecordEntity c WHERE c.personId = :p AND c.item = :i"
                + " AND c.account = :a AND c.endedOn IS NULL", CustodyRecordEntity.class).setParameter("p", personId)
                .setParameter("i", r.item()).setParameter("a", account).getResultList().stream().findFirst()
                .ifPresent(c -> {
                    throw DoudiException.conflict("the " + r.item() + " of account " + BankAccounts.mask(account)
                            + " is already held by " + c.getCustodianName() + " since " + c.getSince() + " (custody "
                            + c.getId() + "); end that custody first");
                });
    }

    @Override
    public CustodyRecord end(String id, CustodyEnd end, WriteContext ctx) {
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            CustodyRecordEntity c = id == null || id.length() > 64 ? null : em.find(CustodyRecordEntity.class, id);
            if (c == null) {
                throw DoudiException.notFound("custody record " + id);
            }
            if (c.getEndedOn() != null) {
                throw DoudiException.conflict("custody " + id + " already ended on " + c.getEndedOn());
            }
            LocalDate on = CustodyChecks.end(end, today, c.getSince());
            c.end(on, end.reason().strip(), ctx.actor(), LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "CUSTODY_ENDED", ENTITY, c.getId(), c.getVersion(),
                    c.getItem() + " " + BankAccounts.mask(c.getAccount()) + " no longer held by " + c.getCustodianName()
                            + " from " + on + ": " + c.getEndReason(), null);
            return CustodyViews.of(em, List.of(c)).get(0);
        });
    }

    @Override
    public Optional<CustodyRecord> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(CustodyRecordEntity.class, id))
                .map(c -> CustodyViews.of(em, List.of(c)).get(0)));
    }

    @Override
    public Page<CustodyRecord> search(CustodyQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.street() != null) {
            where.append(" AND c.street = :street");
        }
        if (q.householdId() != null) {
            where.append(" AND c.householdId = :household");
        }
        if (!q.includeEnded()) {
            where.append(" AND c.endedOn IS NULL");
        }
        if (q.staffCustodian() != null) {
            where.append(q.staffCustodian() ? " AND EXISTS" : " AND NOT EXISTS").append(" (SELECT r.id FROM"
                    + " StaffRelativeEntity r WHERE r.endedOn IS NULL AND r.idNumber = c.custodianIdNumber)");
            // a staff member themselves (SELF) or a registered close relative of one
        }
        return Tx.run(jpa, em -> {
            TypedQuery<CustodyRecordEntity> list = bind(em.createQuery("SELECT c FROM CustodyRecordEntity c" + where
                    + " ORDER BY c.street, c.since, c.id", CustodyRecordEntity.class), q);
            TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(c) FROM CustodyRecordEntity c" + where,
                    Long.class), q);
            List<CustodyRecordEntity> page = list.setFirstResult(q.page() * q.size()).setMaxResults(q.size())
                    .getResultList();
            return new Page<>(CustodyViews.of(em, page), q.page(), q.size(), count.getSingleResult());
        });
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, CustodyQuery q) {
        if (q.street() != null) {
            query.setParameter("street", q.street());
        }
        if (q.householdId() != null) {
            query.setParameter("household", q.householdId());
        }
        return query;
    }
}
