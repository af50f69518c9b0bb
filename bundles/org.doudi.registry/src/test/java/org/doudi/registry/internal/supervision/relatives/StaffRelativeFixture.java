package org.doudi.registry.internal.supervision.relatives;

import org.doudi.registry.internal.TestJpa;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.api.WriteContext;
import org.doudi.api.calendar.Deadline;
import org.doudi.api.calendar.WorkingDayCalendar;
import org.doudi.api.casework.CaseApplication;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.TransitionRequest;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.supervision.StaffRelative;
import org.doudi.api.supervision.StaffRelativeRelation;
import org.doudi.api.supervision.StaffRelativeRequest;
import org.doudi.registry.internal.ConfiguredStreetDirectory;
import org.doudi.registry.internal.HouseholdRegistry;
import org.doudi.registry.internal.RegistryConfig;
import org.doudi.registry.internal.TestDatabase;
import org.doudi.registry.internal.casework.CaseRegistry;
import org.doudi.registry.internal.casework.EnrolmentRegistry;
import org.doudi.registry.internal.supervision.DecisionGuard;

/**
 * The registry for supervision tests: in-memory Derby with every migration, the real household, case, enrolment,
 * close-relative and custody services on EclipseLink, wired as DS would wire them (the close-relative guard bound).
 * Today is 2025-03-31; weekdays are working days; the one program, {@code dibao}, finds everyone eligible for 500.00.
 */
public final class StaffRelativeFixture {
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 31);
    public static final Instant NOW = Instant.parse("2025-03-31T02:00:00Z");
    public static final String ACCOUNT = "6222021001112223334";

    public final DataSource ds = TestDatabase.create();
    public final TestJpa jpa = new TestJpa(ds);
    public final DoudiClock clock = new DoudiClock() {
        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public Instant now() {
            return NOW;
        }
    };
    public final ConfiguredStreetDirectory streets = new ConfiguredStreetDirectory();
    public final HouseholdRegistry households;
    public final StaffRelativeRegistry relatives;
    public final CaseRegistry cases;
    public final EnrolmentRegistry enrolments;
    private int seq = 100;

    public StaffRelativeFixture() {
        try {
            households = new HouseholdRegistry();
            set(households, "jpa", jpa);
            set(households, "streets", streets);
            set(households, "clock", clock);
            invoke(households, "configure", RegistryConfig.class, defaults(RegistryConfig.class));
            relatives = new StaffRelativeRegistry();
            set(relatives, "jpa", jpa);
            set(relatives, "clock", clock);
            List<DecisionGuard> guards = List.of(new StaffRelativeGuard());
            cases = new CaseRegistry();
            set(cases, "jpa", jpa);
            set(cases, "clock", clock);
            set(cases, "calendar", new Weekdays());
            set(cases, "households", households);
            set(cases, "programs", programs());
            set(cases, "guards", guards);
            emptyLists(cases);
            Class<?> config = Class.forName("org.doudi.registry.internal.casework.CaseworkConfig");
            invoke(cases, "configure", config, defaults(config));
            enrolments = new EnrolmentRegistry();
            set(enrolments, "jpa", jpa);
            set(enrolments, "clock", clock);
            set(enrolments, "households", households);
            set(enrolments, "guards", guards);
            emptyLists(enrolments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot wire the services", e);
        }
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
            members.add(new Member(null, idNumbers[i], null, "成员" + i, i == 0 ? Relation.HEAD : Relation.SPOUSE, null,
                    null, true, null, null, null, null, null, null, null, List.of(), null, null));
        }
        return households.create(Household.draft(street, "长宁路1号", "长宁路1号", members, List.of(), List.of(),
                List.of()), WriteContext.of("tester", "registered")).value();
    }

    public StaffRelative register(String staff, StaffRelativeRelation relation, String name, String idNumber) {
        return relatives.register(new StaffRelativeRequest(staff, relation, name, idNumber, null),
                WriteContext.of(staff, "declared"));
    }

    /** A dibao case of {@code household}, accepted on 2025-03-03 by a clerk. */
    public CaseFile openCase(Household household) {
        return cases.open(new CaseApplication(household.id(), "dibao", "2025-03-03", true, true, null, null, ACCOUNT,
                null), WriteContext.of("clerk", "application"));
    }

    public CaseFile move(String caseId, CaseStatus to, String on, String actor) {
        return cases.transition(caseId, new TransitionRequest(to, "step " + to, null, on, null),
                WriteContext.of(actor, "step"));
    }

    /** The case moved by a clerk up to public notice (from 2025-03-07 to 2025-03-13). */
    public CaseFile onPublicNotice(Household household) {
        String id = openCase(household).id();
        move(id, CaseStatus.VERIFYING, "2025-03-04", "clerk");
        move(id, CaseStatus.INVESTIGATING, "2025-03-05", "clerk");
        move(id, CaseStatus.UNDER_REVIEW, "2025-03-06", "clerk");
        return move(id, CaseStatus.PUBLIC_NOTICE, "2025-03-07", "clerk");
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
            } else if (a instanceof java.time.LocalDateTime t) {
                ps.setTimestamp(i + 1, java.sql.Timestamp.valueOf(t));
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    /** dibao: everyone eligible for 500.00 a month, for a year. */
    private static ProgramDirectory programs() {
        AssistanceProgram dibao = (AssistanceProgram) Proxy.newProxyInstance(StaffRelativeFixture.class.getClassLoader(),
                new Class<?>[] {AssistanceProgram.class}, (p, m, a) -> {
                    throw new UnsupportedOperationException(m.getName());
                });
        return new ProgramDirectory() {
            @Override
            public List<AssistanceProgram> installed() {
                return List.of(dibao);
            }

            @Override
            public Optional<AssistanceProgram> find(String programId) {
                return "dibao".equals(programId) ? Optional.of(dibao) : Optional.empty();
            }

            @Override
            public ProgramDecision evaluate(String programId, String householdId, LocalDate asOf) {
                return new ProgramDecision(programId, "1.0.0", householdId, asOf, true, new BigDecimal("500.00"),
                        List.of(), List.of(), asOf.plusYears(1).minusDays(1), Map.of());
            }

            @Override
            public List<String> warnings() {
                return List.of();
            }
        };
    }

    /** Weekdays are working days; nothing is provisional. */
    static final class Weekdays implements WorkingDayCalendar {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public Deadline deadline(LocalDate start, int workingDays) {
            LocalDate day = start;
            for (int counted = 0; counted < workingDays;) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return new Deadline(day, false, List.of());
        }

        @Override
        public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
            int n = 0;
            for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
                n += isWorkingDay(d) ? 1 : 0;
            }
            return n;
        }

        @Override
        public Set<Integer> loadedYears() {
            return Set.of(2025);
        }

        @Override
        public long revision() {
            return 1;
        }
    }

    public static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** Other multiple references (flag sources, …) bound to nothing. */
    private static void emptyLists(Object target) throws ReflectiveOperationException {
        for (Field f : target.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            if (List.class.isAssignableFrom(f.getType()) && f.get(target) == null) {
                f.set(target, List.of());
            }
        }
    }

    private static void invoke(Object target, String name, Class<?> type, Object arg)
            throws ReflectiveOperationException {
        Method m = target.getClass().getDeclaredMethod(name, type);
        m.setAccessible(true);
        m.invoke(target, arg);
    }

    @SuppressWarnings("unchecked")
    public static <A> A defaults(Class<A> annotation) {
        return (A) Proxy.newProxyInstance(annotation.getClassLoader(), new Class<?>[] {annotation},
                (proxy, method, args) -> method.getDefaultValue());
    }
}
