package org.doudi.registry.internal.supervision.filecheck;

import org.doudi.registry.internal.TestJpa;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.api.WriteContext;
import org.doudi.api.calendar.Deadline;
import org.doudi.api.calendar.WorkingDayCalendar;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.registry.internal.ConfiguredStreetDirectory;
import org.doudi.registry.internal.HouseholdRegistry;
import org.doudi.registry.internal.RegistryConfig;
import org.doudi.registry.internal.TestDatabase;
import org.doudi.registry.internal.casework.CaseRegistry;
import org.doudi.registry.internal.casework.CaseworkConfig;
import org.doudi.registry.internal.supervision.SupervisionFlags;

/**
 * A registry for supervision tests: in-memory Derby with every migration, the real household registry on
 * EclipseLink, cases and enrolments inserted as a decision or grant leaves them (with any status history), and the
 * services under test wired by hand. Today is 2024-11-15 unless a test moves it.
 */
public final class SupervisionFixture {
    public static final LocalDate TODAY = LocalDate.of(2024, 11, 15);
    public static final Instant NOW = Instant.parse("2024-11-15T02:00:00Z");

    public final DataSource ds = TestDatabase.create();
    public final TestJpa jpa = new TestJpa(ds);
    /** Today for the services; tests move it on to see deadlines pass. */
    public volatile LocalDate today = TODAY;
    public final DoudiClock clock = new DoudiClock() {
        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public Instant now() {
            return NOW.plus(java.time.Duration.ofDays(TODAY.until(today, java.time.temporal.ChronoUnit.DAYS)));
        }
    };
    public final ConfiguredStreetDirectory streets = new ConfiguredStreetDirectory();
    public final HouseholdRegistry households;
    private int seq = 100;

    public SupervisionFixture() {
        households = new HouseholdRegistry();
        set(households, "jpa", jpa);
        set(households, "streets", streets);
        set(households, "clock", clock);
        configure(households, "configure", RegistryConfig.class);
    }

    /** One status change of an enrolment after its grant. */
    public record Change(String status, String reason, LocalDate on) {
    }

    /** A valid Changning ID number for someone born on {@code birth} ({@code yyyyMMdd}). */
    public String idNumber(String birth) {
        String first17 = "310105" + birth + (seq++);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A household of {@code street} whose members have these ID numbers (the first is the head). */
    public Household household(String street, String... idNumbers) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < idNumbers.length; i++) {
            members.add(new Member(null, idNumbers[i], null, "成员" + i, i == 0 ? Relation.HEAD : Relation.CHILD, null,
                    null, true, null, null, null, null, null, null, null, List.of(), null, null));
        }
        return households.create(Household.draft(street, "长宁路1号", "长宁路1号", members, List.of(), List.of(),
                List.of()), WriteContext.of("tester", "registered")).value();
    }

    /** A case of {@code h} decided (CONFIRMED) on {@code decidedOn}; its id. */
    public String decidedCase(Household h, String programId, LocalDate decidedOn) {
        String caseId = UUID.randomUUID().toString();
        Timestamp at = Timestamp.valueOf(decidedOn.atStartOfDay());
        sql("INSERT INTO case_file (id, household_id, program_id, street, status, accepted_on, deadline, deadline_days,"
                + " deadline_provisional, calendar_revision, credit_commitment, verification_authorisation, decided_on,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, 'CONFIRMED', ?, ?, 20, FALSE, 0, TRUE, TRUE, ?,"
                + " 1, ?, ?)", caseId, h.id(), programId, h.street(), decidedOn.minusDays(20), decidedOn.plusDays(8),
                decidedOn, at, at);
        return caseId;
    }

    /**
     * An enrolment of {@code h} granted from {@code start} (its first day) with this monthly amount, then the given
     * status changes; its id.
     */
    public String enrol(Household h, String programId, String monthlyAmount, YearMonth start, Change... changes) {
        String caseId = UUID.randomUUID().toString();
        String enrolmentId = UUID.randomUUID().toString();
        LocalDate granted = start.atDay(1);
        Timestamp at = Timestamp.valueOf(granted.atStartOfDay());
        sql("INSERT INTO case_file (id, household_id, program_id, street, status, accepted_on, deadline, deadline_days,"
                + " deadline_provisional, calendar_revision, credit_commitment, verification_authorisation, decided_on,"
                + " enrolment_id, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'GRANTED', ?, ?, 20, FALSE, 0,"
                + " TRUE, TRUE, ?, ?, 1, ?, ?)", caseId, h.id(), programId, h.street(), granted.minusDays(20),
                granted.plusDays(8), granted, enrolmentId, at, at);
        Change last = changes.length == 0 ? new Change("ACTIVE", null, granted) : changes[changes.length - 1];
        sql("INSERT INTO enrolment (id, household_id, program_id, case_id, street, monthly_amount, start_month,"
                + " next_review, payee_account, status, status_reason, status_since, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '6222021001112223334', ?, ?, ?, 1, ?, ?)", enrolmentId, h.id(),
                programId, caseId, h.street(), new BigDecimal(monthlyAmount), start.toString(), granted.plusYears(1),
                last.status(), last.reason(), last.on(), at, at);
        sql("INSERT INTO enrolment_change (enrolment_id, seq, status, effective_on, recorded_at, actor)"
                + " VALUES (?, 0, 'ACTIVE', ?, ?, 'tester')", enrolmentId, granted, at);
        for (int i = 0; i < changes.length; i++) {
            sql("INSERT INTO enrolment_change (enrolment_id, seq, status, reason, effective_on, recorded_at, actor)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'tester')", enrolmentId, i + 1, changes[i].status(),
                    changes[i].reason(), changes[i].on(), Timestamp.valueOf(changes[i].on().atStartOfDay()));
        }
        return enrolmentId;
    }

    public FileCheckRegistry fileChecks() {
        FileCheckRegistry r = new FileCheckRegistry();
        set(r, "jpa", jpa);
        set(r, "clock", clock);
        set(r, "streets", streets);
        configure(r, "configure", FileCheckConfig.class);
        return r;
    }

    /** The case service with these flag sources, on a calendar of 28-day deadlines and every program installed. */
    public CaseRegistry cases(SupervisionFlags... flagSources) {
        CaseRegistry r = new CaseRegistry();
        set(r, "jpa", jpa);
        set(r, "clock", clock);
        set(r, "households", households);
        set(r, "calendar", stub(WorkingDayCalendar.class, (m, args) -> switch (m) {
            case "deadline" -> Deadline.confirmed(((LocalDate) args[0]).plusDays(28));
            case "revision" -> 0L;
            default -> throw new UnsupportedOperationException(m);
        }));
        AssistanceProgram program = stub(AssistanceProgram.class, (m, args) -> {
            throw new UnsupportedOperationException(m);
        });
        set(r, "programs", stub(ProgramDirectory.class, (m, args) -> {
            if (m.equals("find")) {
                return Optional.of(program);
            }
            throw new UnsupportedOperationException(m);
        }));
        set(r, "flagSources", List.of(flagSources));
        configure(r, "configure", CaseworkConfig.class);
        return r;
    }

    /** The audit actions on {@code entityId}, oldest first. */
    public List<String> auditActions(String entityId) {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT event_action FROM audit_event WHERE entity_id = ? ORDER BY id")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public String query(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void sql(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LocalDate d) {
                ps.setDate(i + 1, java.sql.Date.valueOf(d));
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    /** Sets a private field (a DS reference) by hand. */
    public static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls the component's {@code configure} with the configuration's defaults. */
    public static <A> void configure(Object target, String method, Class<A> config) {
        try {
            Method m = target.getClass().getDeclaredMethod(method, config);
            m.setAccessible(true);
            m.invoke(target, defaults(config));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <A> A defaults(Class<A> annotation) {
        return (A) Proxy.newProxyInstance(annotation.getClassLoader(), new Class<?>[] {annotation},
                (proxy, method, args) -> method.getDefaultValue());
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return m.getName().equals("equals") ? proxy == args[0] : m.getName().equals("hashCode")
                        ? System.identityHashCode(proxy) : type.getSimpleName();
            }
            return answer.answer(m.getName(), args);
        });
    }
}
