package org.doudi.registry.internal.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.doudi.api.Street;
import org.doudi.api.StreetDirectory;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.registry.Household;
import org.doudi.registry.internal.HouseholdMapper;
import org.doudi.registry.internal.TestDatabase;
import org.doudi.registry.internal.casework.LiveEnrolments;
import org.doudi.registry.internal.entity.HouseholdEntity;

/**
 * A registry on an in-memory Derby with the real JPA mapping (EclipseLink in Java SE, the bundle's persistence
 * unit): households are written as the registry writes them, cases, enrolments and appeals with plain SQL, and
 * read back the JPA way to compare the bulk paths against.
 */
public final class RegistryFixture implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    public static final LocalDateTime NOW = LocalDateTime.of(2024, 10, 15, 2, 0, 0, 123_456_000);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final StreetDirectory streets = streets();
    public final HouseholdMapper mapper = new HouseholdMapper(streets);
    private int seq;

    public RegistryFixture() {
        dataSource = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "SEVERE"); // no weaving in Java SE: lazy to-one reverts, harmlessly
        emf = Persistence.createEntityManagerFactory("doudi-registry", properties);
    }

    /** Registers {@code draft} through the entity mapping, as {@code HouseholdRegistry.create} does. */
    public String register(Household draft) {
        return inTx(em -> {
            HouseholdEntity e = new HouseholdEntity();
            e.setId(mapper.newId());
            LocalDateTime at = NOW.plusSeconds(seq++);
            e.setCreatedAt(at);
            e.setUpdatedAt(at.plusNanos(1000));
            mapper.apply(draft, e, TODAY);
            em.persist(e);
            return e.getId();
        });
    }

    /** The household the JPA way: {@code toRecord} then {@code LiveEnrolments.attach} on {@code asOf}. */
    public Household jpaRead(String id, LocalDate asOf) {
        return inTx(em -> LiveEnrolments.attach(em, mapper.toRecord(em.find(HouseholdEntity.class, id)), asOf));
    }

    public <R> R inTx(Function<EntityManager, R> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            R r = work.apply(em);
            em.getTransaction().commit();
            return r;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** A case of {@code householdId}, decided on {@code decidedOn} (or undecided) with {@code decision}. */
    public String caseFile(String householdId, String programId, CaseStatus status, LocalDate decidedOn,
            ProgramDecision decision) {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO case_file (id, household_id, program_id, street, status, accepted_on, deadline,"
                + " deadline_days, deadline_provisional, calendar_revision, credit_commitment,"
                + " verification_authorisation, decided_on, decision, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 20, FALSE, 1, TRUE, TRUE, ?, ?, 1, ?, ?)",
                id, householdId, programId, streetOf(householdId), status.name(), Date.valueOf(TODAY.minusMonths(6)),
                Date.valueOf(TODAY.minusMonths(5)), decidedOn == null ? null : Date.valueOf(decidedOn), json(decision),
                Timestamp.valueOf(NOW.plusSeconds(seq)), Timestamp.valueOf(NOW.plusSeconds(seq++)));
        return id;
    }

    /** An enrolment of {@code householdId} through {@code caseId}. */
    public String enrolment(String householdId, String programId, String caseId, EnrolmentStatus status,
            TerminationReason reason, LocalDate since, YearMonth start) {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO enrolment (id, household_id, program_id, case_id, street, monthly_amount, start_month,"
                + " next_review, status, status_reason, status_since, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 1000.00, ?, ?, ?, ?, ?, 1, ?, ?)",
                id, householdId, programId, caseId, streetOf(householdId), start.toString(),
                Date.valueOf(TODAY.plusMonths(6)), status.name(), reason == null ? null : reason.name(),
                Date.valueOf(since), Timestamp.valueOf(NOW.plusSeconds(seq)), Timestamp.valueOf(NOW.plusSeconds(seq++)));
        return id;
    }

    /** Records that the decision of {@code caseId} was set aside on review (撤销). */
    public void overturn(String caseId) {
        update("INSERT INTO case_appeal (case_id, seq, appeal_no, kind, filed_on, grounds, due_on, due_provisional,"
                + " due_days, recorded_at, recorded_by, outcome, outcome_on) VALUES (?, 0, 1, 'REVIEW', ?, 'grounds', ?,"
                + " FALSE, 30, ?, 'tester', 'OVERTURNED', ?)", caseId, Date.valueOf(TODAY.minusMonths(2)),
                Date.valueOf(TODAY.minusMonths(1)), Timestamp.valueOf(NOW), Date.valueOf(TODAY.minusMonths(1)));
    }

    /** The street of a household. */
    public String streetOf(String householdId) {
        return inTx(em -> em.find(HouseholdEntity.class, householdId).getStreet());
    }

    /** Runs one write statement. */
    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, ps.getParameterMetaData().getParameterType(i + 1));
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            return ps.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Three streets of Changning. */
    public static StreetDirectory streets() {
        List<Street> all = List.of(new Street("tianshanlu", "天山路街道"), new Street("hongqiao", "虹桥街道"),
                new Street("xinjing", "新泾镇"));
        return new StreetDirectory() {
            @Override
            public List<Street> streets() {
                return all;
            }

            @Override
            public Optional<Street> find(String id) {
                return all.stream().filter(s -> s.id().equals(id)).findFirst();
            }
        };
    }

    /** A valid resident ID number of Changning (310105) for {@code birth}; odd {@code n} is a man. */
    public static String idNumber(LocalDate birth, int n) {
        String first17 = "310105" + birth.toString().replace("-", "") + String.format("%03d", n);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private static String json(ProgramDecision decision) {
        try {
            return decision == null ? null : JSON.writeValueAsString(decision);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
