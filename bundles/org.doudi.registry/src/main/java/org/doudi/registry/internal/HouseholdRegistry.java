package org.doudi.registry.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdQuery;
import org.doudi.api.registry.HouseholdRevision;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.WriteResult;
import org.doudi.registry.internal.casework.CircleIndex;
import org.doudi.registry.internal.casework.CaseStreets;
import org.doudi.registry.internal.casework.LiveEnrolments;
import org.doudi.registry.internal.entity.AuditEventEntity;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.entity.MemberEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** The household registry: validates, writes with its audit record in one transaction, derives figures. */
@Component(service = HouseholdService.class, configurationPid = "org.doudi.registry")
@Designate(ocd = RegistryConfig.class)
public class HouseholdRegistry implements HouseholdService {

    static final String ENTITY = "household";

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private StreetDirectory streets;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    private volatile FiguresPolicy policy = FiguresPolicy.DEFAULT;
    private HouseholdMapper mapper;
    private HouseholdValidator validator;
    private IdClaims claims;

    @Activate
    @Modified
    void configure(RegistryConfig config) {
        mapper = new HouseholdMapper(streets);
        validator = new HouseholdValidator(streets);
        claims = new IdClaims();
        policy = new FiguresPolicy(Math.max(1, config.incomeAveragingMonths()),
                parse(config.exemptIncomeTypes(), IncomeType.class), Math.max(1, config.complexMinMembers()),
                parse(config.complexRelations(), Relation.class));
    }

    @Override
    public WriteResult<Household> create(Household input, WriteContext ctx) {
        Idempotency idem = new Idempotency(ctx, ENTITY);
        return Tx.run(jpa, em -> {
            Optional<String> earlier = idem.earlierResult(em);
            if (earlier.isPresent()) {
                return new WriteResult<>(read(em, earlier.get()), true);
            }
            validator.validate(input, Set.of(), clock.today());
            HouseholdEntity e = new HouseholdEntity();
            e.setId(mapper.newId());
            LocalDateTime now = HouseholdMapper.utc(clock.now());
            e.setCreatedAt(now);
            e.setUpdatedAt(now);
            mapper.apply(input, e, clock.today());
            em.persist(e);
            claims.sync(em, e);
            em.flush();
            Household stored = mapper.toRecord(e);
            audit(em, "HOUSEHOLD_CREATED", stored, ctx, input.changeReason(), "registered");
            em.flush();
            CircleIndex.recompute(em, stored, clock.today(), clock.now());
            stored = CircleIndex.withCircles(em, stored);
            idem.remember(em, e.getId());
            return new WriteResult<>(HouseholdFigures.withFigures(stored, clock.today(), policy), false);
        });
    }

    @Override
    public Optional<Household> find(String id) {
        return find(id, clock.today());
    }

    @Override
    public Optional<Household> find(String id, LocalDate asOf) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(HouseholdEntity.class, id))
                .map(e -> HouseholdFigures.withFigures(LiveEnrolments.attach(em,
                        CircleIndex.withCircles(em, mapper.toRecord(e)), asOf), asOf, policy)));
    }

    @Override
    public Household deriveFigures(Household h, LocalDate asOf) {
        Household complete = new Household(h.id(), h.street(), h.streetName(), h.streetBasis(), h.committee(),
                h.hukouAddress(), h.residenceAddress(), orEmpty(h.members()), orEmpty(h.incomes()),
                orEmpty(h.assets()), orEmpty(h.expenditures()), null, null, null, null, null, null, null, null, null,
                h.version(), h.createdAt(), h.updatedAt(), null);
        return HouseholdFigures.withFigures(complete, asOf, policy);
    }

    private static <T> java.util.List<T> orEmpty(java.util.List<T> list) {
        return list == null ? java.util.List.of() : list;
    }

    @Override
    public Household update(String id, long expectedVersion, Household input, WriteContext ctx) {
        return Tx.run(jpa, em -> {
            HouseholdEntity e = load(em, id);
            if (e.getVersion() != expectedVersion) {
                throw DoudiException.stale("household " + id, expectedVersion, e.getVersion());
            }
            if (input.id() != null && !input.id().equals(id)) {
                throw new ValidationException("id", "matchesPath", "must be the id in the URL (or left out)");
            }
            return write(em, e, input, ctx, "HOUSEHOLD_UPDATED", "updated");
        });
    }

    @Override
    public Household addMember(String householdId, Member member, WriteContext ctx) {
        if (member == null) {
            throw new ValidationException("member", "required", "a member is required");
        }
        if (member.personId() != null) {
            throw new ValidationException("personId", "serverAssigned", "is assigned by the server; leave it out");
        }
        return Tx.run(jpa, em -> {
            HouseholdEntity e = load(em, householdId);
            Household current = mapper.toRecord(e);
            List<Member> members = new ArrayList<>(current.members());
            members.add(member);
            return write(em, e, current.withMembers(members), ctx, "MEMBER_ADDED", "member added");
        });
    }

    @Override
    public Household endMember(String householdId, String personId, LocalDate endedOn, EndReason reason,
            WriteContext ctx) {
        return Tx.run(jpa, em -> {
            HouseholdEntity e = load(em, householdId);
            Household current = mapper.toRecord(e);
            Member m = current.members().stream().filter(x -> x.personId().equals(personId)).findFirst()
                    .orElseThrow(() -> DoudiException.notFound("member " + personId));
            if (m.endedOn() != null) {
                throw DoudiException.conflict("member " + personId + " already left the household on " + m.endedOn());
            }
            if (endedOn == null || reason == null) {
                throw new ValidationException(endedOn == null ? "endedOn" : "reason", "required", "is required");
            }
            List<Member> members = current.members().stream().map(x -> x != m ? x : x.ended(endedOn, reason))
                    .collect(Collectors.toList());
            return write(em, e, current.withMembers(members), ctx, "MEMBER_ENDED", "member ended: " + reason);
        });
    }

    private Household write(EntityManager em, HouseholdEntity e, Household input, WriteContext ctx, String action,
            String defaultReason) {
        Set<String> known = e.getMembers().stream().map(MemberEntity::getPersonId).collect(Collectors.toSet());
        Set<String> kept = input.members() == null ? Set.of() : input.members().stream()
                .filter(m -> m != null && m.personId() != null).map(Member::personId).collect(Collectors.toSet());
        List<String> dropped = known.stream().filter(p -> !kept.contains(p)).sorted().collect(Collectors.toList());
        if (input.members() != null && !dropped.isEmpty()) {
            throw new ValidationException("members", "noRemoval", "member " + dropped.get(0)
                    + " is missing: members are never removed, end the membership with endedOn and endReason");
        }
        validator.validate(input, known, clock.today());
        String streetBefore = e.getStreet();
        mapper.apply(input, e, clock.today());
        e.setUpdatedAt(HouseholdMapper.utc(clock.now()));
        claims.sync(em, e);
        em.flush();
        if (!e.getStreet().equals(streetBefore)) {
            CaseStreets.follow(em, e.getId(), e.getStreet());
        }
        Household stored = mapper.toRecord(e);
        audit(em, action, stored, ctx, input.changeReason(), defaultReason);
        CircleIndex.recompute(em, stored, clock.today(), clock.now());
        stored = CircleIndex.withCircles(em, stored);
        return HouseholdFigures.withFigures(stored, clock.today(), policy);
    }

    @Override
    public Page<Household> search(HouseholdQuery q) {
        return Tx.run(jpa, em -> {
            HouseholdSearch search = new HouseholdSearch(q);
            long total = search.count(em);
            List<Household> items = search.page(em).stream()
                    .map(e -> HouseholdFigures.withFigures(mapper.toRecord(e), clock.today(), policy))
                    .collect(Collectors.toList());
            return new Page<>(items, q.page(), q.size(), total);
        });
    }

    @Override
    public List<HouseholdRevision> history(String householdId) {
        return Tx.run(jpa, em -> {
            load(em, householdId);
            TypedQuery<AuditEventEntity> query = em.createQuery("SELECT a FROM AuditEventEntity a WHERE "
                    + "a.entityType = :type AND a.entityId = :id AND a.entityVersion IS NOT NULL ORDER BY a.id",
                    AuditEventEntity.class);
            return query.setParameter("type", ENTITY).setParameter("id", householdId).getResultList().stream()
                    .map(a -> new HouseholdRevision(a.getEntityVersion(), a.getOccurredAt().toInstant(
                            java.time.ZoneOffset.UTC), a.getActor(), a.getAction(), a.getReason(),
                            Snapshots.read(a.getPayload())))
                    .collect(Collectors.toList());
        });
    }

    @Override
    public long count(String street) {
        return Tx.run(jpa, em -> street == null
                ? em.createQuery("SELECT COUNT(h) FROM HouseholdEntity h", Long.class).getSingleResult()
                : em.createQuery("SELECT COUNT(h) FROM HouseholdEntity h WHERE h.street = :s", Long.class)
                        .setParameter("s", street).getSingleResult());
    }

    private Household read(EntityManager em, String id) {
        return HouseholdFigures.withFigures(CircleIndex.withCircles(em, mapper.toRecord(load(em, id))), clock.today(), policy);
    }

    private static HouseholdEntity load(EntityManager em, String id) {
        HouseholdEntity e = id == null || id.length() > 64 ? null : em.find(HouseholdEntity.class, id);
        if (e == null) {
            throw DoudiException.notFound("household " + id);
        }
        return e;
    }

    private void audit(EntityManager em, String action, Household stored, WriteContext ctx, String bodyReason,
            String defaultReason) {
        String reason = !isBlank(ctx.reason()) ? ctx.reason() : !isBlank(bodyReason) ? bodyReason : defaultReason;
        AuditLog.append(em, clock.now(), ctx.actor(), action, ENTITY, stored.id(), stored.version(), reason,
                Snapshots.write(stored));
    }

    /**
     * One query on the indexed {@code household_member.id_number}, every membership of the number; sorted here rather
     * than in the query, as databases disagree on where NULL (a current membership) sorts.
     */
    @Override
    public List<Household> findByMember(String idNumber, int max) {
        if (idNumber == null || idNumber.isBlank() || idNumber.strip().length() > 64 || max < 1) {
            return List.of();
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            List<Object[]> memberships = em.createQuery("SELECT m.household.id, m.endedOn FROM MemberEntity m"
                    + " WHERE m.idNumber = :idNumber", Object[].class)
                    .setParameter("idNumber", idNumber.strip().toUpperCase()).getResultList();
            List<String> ids = memberships.stream().sorted(NEWEST_MEMBERSHIP_FIRST).map(r -> (String) r[0])
                    .distinct().limit(max).collect(Collectors.toList());
            List<Household> found = new ArrayList<>();
            for (String id : ids) {
                found.add(HouseholdFigures.withFigures(LiveEnrolments.attach(em,
                        CircleIndex.withCircles(em, mapper.toRecord(load(em, id))), today), today, policy));
            }
            return found;
        });
    }

    /** Rows of (household id, ended on): a current membership first, then by end date latest first, then by id. */
    private static final Comparator<Object[]> NEWEST_MEMBERSHIP_FIRST = Comparator
            .<Object[], LocalDate>comparing(r -> (LocalDate) r[1],
                    Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(r -> (String) r[0]);

    @Override
    public void recordRead(String householdId, String actor, String purpose) {
        Tx.run(jpa, em -> AuditLog.append(em, clock.now(), actor, "HOUSEHOLD_READ", ENTITY, householdId, null,
                purpose, null));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }


    private static <E extends Enum<E>> Set<E> parse(String[] values, Class<E> type) {
        Set<E> out = new HashSet<>();
        for (String v : values == null ? new String[0] : values) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> out.add(Enum.valueOf(type, s.toUpperCase())));
        }
        return Set.copyOf(out);
    }
}
