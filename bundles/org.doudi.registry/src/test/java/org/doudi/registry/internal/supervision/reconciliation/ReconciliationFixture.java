package org.doudi.registry.internal.supervision.reconciliation;

import org.doudi.registry.internal.TestJpa;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.Payroll;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.supervision.Reconciliation;
import org.doudi.registry.internal.ConfiguredStreetDirectory;
import org.doudi.registry.internal.HouseholdRegistry;
import org.doudi.registry.internal.RegistryConfig;
import org.doudi.registry.internal.TestDatabase;
import org.doudi.registry.internal.casework.EnrolmentRegistry;

/**
 * A registry for reconciliation tests: in-memory Derby with the migrations, the real household registry on
 * EclipseLink, enrolments inserted as a grant leaves them (status changes as the enrolment service writes them),
 * and the reconciliation service on all that. Today is 2024-11-15.
 */
final class ReconciliationFixture {
    static final LocalDate TODAY = LocalDate.of(2024, 11, 15);
    static final Instant NOW = Instant.parse("2024-11-15T02:00:00Z");

    final DataSource ds = TestDatabase.create();
    final TestJpa jpa = new TestJpa(ds);
    final DoudiClock clock = new DoudiClock() {
        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public Instant now() {
            return now;
        }
    };
    /** The clock's instant: NOW unless a test moves it on. */
    volatile Instant now = NOW;
    final HouseholdRegistry households = householdRegistry();
    /** Households each user has a registered close relative in (the conflict-of-interest guard's register). */
    final Map<String, Set<String>> relatives = new HashMap<>();
    /** The guard's questions, "actor household decision". */
    final List<String> asked = new ArrayList<>();
    final ReconciliationRegistry reconciliations = new ReconciliationRegistry(ds, jpa, clock, List.of(
            (em, actor, householdId, decision) -> {
                asked.add(actor + " " + householdId + " " + decision);
                if (relatives.getOrDefault(actor, Set.of()).contains(householdId)) {
                    throw new DoudiException(403, "conflict-of-interest", actor + " has a close relative registered"
                            + " in household " + householdId + "; it must be handled by someone else");
                }
            }));
    private int seq = 100;

    /** A valid Changning ID number for someone born on {@code birth} ({@code yyyyMMdd}), new each time. */
    String idNumber(String birth) {
        String first17 = "310105" + birth + (seq++);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A household of {@code street} whose members have these ID numbers (the first is the head). */
    Household household(String street, String... idNumbers) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < idNumbers.length; i++) {
            members.add(new Member(null, idNumbers[i], null, "成员" + i, i == 0 ? Relation.HEAD : Relation.SPOUSE, null,
                    null, true, null, null, null, null, null, null, null, List.of(), null, null));
        }
        return households.create(Household.draft(street, "长宁路1号", "长宁路1号", members, List.of(), List.of(),
                List.of()), WriteContext.of("tester", "registered")).value();
    }

    /** The member with {@code idNumber} died on {@code on}. */
    void died(Household h, String idNumber, LocalDate on) {
        String person = h.members().stream().filter(m -> idNumber.equals(m.idNumber())).findFirst().orElseThrow()
                .personId();
        households.endMember(h.id(), person, on, EndReason.DECEASED, WriteContext.of("tester", "death certificate"));
    }

    /** An ACTIVE enrolment paying from 2024-06, as a grant leaves it. */
    String enrol(Household h, String programId, String monthlyAmount, String account) {
        String caseId = UUID.randomUUID().toString();
        String enrolmentId = UUID.randomUUID().toString();
        Timestamp at = Timestamp.valueOf("2024-06-01 00:00:00");
        sql("INSERT INTO case_file (id, household_id, program_id, street, status, accepted_on, deadline, deadline_days,"
                + " deadline_provisional, calendar_revision, credit_commitment, verification_authorisation, decided_on,"
                + " enrolment_id, payee_account, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'GRANTED', ?, ?,"
                + " 20, FALSE, 0, TRUE, TRUE, ?, ?, ?, 1, ?, ?)", caseId, h.id(), programId, h.street(),
                LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 5, 30), enrolmentId, account,
                at, at);
        sql("INSERT INTO enrolment (id, household_id, program_id, case_id, street, monthly_amount, start_month,"
                + " next_review, payee_account, status, status_since, version, created_at, updated_at) VALUES (?, ?, ?,"
                + " ?, ?, ?, '2024-06', ?, ?, 'ACTIVE', ?, 1, ?, ?)", enrolmentId, h.id(), programId, caseId,
                h.street(), new BigDecimal(monthlyAmount), LocalDate.of(2025, 6, 1), account, LocalDate.of(2024, 6, 1),
                at, at);
        sql("INSERT INTO enrolment_change (enrolment_id, seq, status, effective_on, recorded_at, actor)"
                + " VALUES (?, 0, 'ACTIVE', ?, ?, 'tester')", enrolmentId, LocalDate.of(2024, 6, 1), at);
        return enrolmentId;
    }

    /** Suspends or terminates an enrolment from {@code on}, the way the enrolment service records it. */
    void status(String enrolmentId, String status, String reason, LocalDate on) {
        sql("UPDATE enrolment SET status = ?, status_reason = ?, status_since = ?, version = version + 1 WHERE id = ?",
                status, reason, on, enrolmentId);
        sql("INSERT INTO enrolment_change (enrolment_id, seq, status, reason, effective_on, recorded_at, actor)"
                + " VALUES (?, (SELECT COUNT(*) FROM enrolment_change WHERE enrolment_id = ?), ?, ?, ?, ?, 'tester')",
                enrolmentId, enrolmentId, status, reason, on, Timestamp.valueOf("2024-10-01 00:00:00"));
    }

    Reconciliation reconcile(String month, String... lines) {
        byte[] csv = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return reconciliations.reconcile(YearMonth.parse(month), new ByteArrayInputStream(csv), "fund-" + month + ".csv",
                WriteContext.of("auditor.zhou", null));
    }

    /** The roll the enrolment service draws for {@code month}, all programs and streets. */
    Payroll payroll(String month) {
        try {
            EnrolmentRegistry enrolments = new EnrolmentRegistry();
            set(enrolments, "jpa", jpa);
            set(enrolments, "clock", clock);
            set(enrolments, "households", households);
            return enrolments.payroll(null, YearMonth.parse(month), null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void sql(String sql, Object... args) {
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

    private HouseholdRegistry householdRegistry() {
        try {
            HouseholdRegistry r = new HouseholdRegistry();
            set(r, "jpa", jpa);
            set(r, "streets", new ConfiguredStreetDirectory());
            set(r, "clock", clock);
            Method configure = HouseholdRegistry.class.getDeclaredMethod("configure", RegistryConfig.class);
            configure.setAccessible(true);
            configure.invoke(r, defaults(RegistryConfig.class));
            return r;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the household registry", e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @SuppressWarnings("unchecked")
    private static <A> A defaults(Class<A> annotation) {
        return (A) Proxy.newProxyInstance(annotation.getClassLoader(), new Class<?>[] {annotation},
                (proxy, method, args) -> method.getDefaultValue());
    }
}
