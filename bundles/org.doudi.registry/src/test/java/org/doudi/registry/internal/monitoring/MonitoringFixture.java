package org.doudi.registry.internal.monitoring;

import org.doudi.registry.internal.TestJpa;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.PayrollLine;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.registry.internal.ConfiguredStreetDirectory;
import org.doudi.registry.internal.HouseholdRegistry;
import org.doudi.registry.internal.RegistryConfig;
import org.doudi.registry.internal.TestDatabase;
import org.doudi.registry.internal.casework.EnrolmentRegistry;
import org.doudi.registry.internal.jobs.RecordingJobRun;

/**
 * A registry for monitoring tests: in-memory Derby with the migrations, the real household registry on EclipseLink,
 * households created through it, enrolments inserted as a grant leaves them, feeds written to files, and the
 * monitoring services built on all that. Today is 2024-11-15.
 */
final class MonitoringFixture {
    static final LocalDate TODAY = LocalDate.of(2024, 11, 15);
    static final Instant NOW = Instant.parse("2024-11-15T02:00:00Z");

    final DataSource ds;
    final TestJpa jpa;
    final DoudiClock clock = new DoudiClock() {
        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public Instant now() {
            return NOW;
        }
    };
    final ConfiguredStreetDirectory streets = new ConfiguredStreetDirectory();
    final HouseholdRegistry households;
    final FeedLoadJob feedLoad;
    final MonitoringRunJob monitoringRun;
    final CityResultsJob cityResults;
    final WarningRegistry warnings;
    private int seq = 100;
    /** The summary the last job returned. */
    String summary;

    MonitoringFixture() {
        this(TestDatabase.create());
    }

    MonitoringFixture(DataSource ds) {
        this.ds = ds;
        this.jpa = new TestJpa(ds);
        this.households = householdRegistry();
        this.feedLoad = new FeedLoadJob(ds, jpa, clock, households);
        this.monitoringRun = new MonitoringRunJob(ds, jpa, clock, households,
                new BigDecimal(MonitoringConfig.DEFAULT_LARGE_MEDICAL_EXPENSE));
        this.cityResults = new CityResultsJob(ds, jpa, clock, households);
        this.warnings = new WarningRegistry(jpa, clock, households, streets);
    }

    /** A valid Changning ID number for someone born on {@code birth} ({@code yyyyMMdd}). */
    String idNumber(String birth) {
        String first17 = "310105" + birth + (seq++);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A household of {@code street} whose members have these ID numbers (the first is the head). */
    Household household(String street, String... idNumbers) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < idNumbers.length; i++) {
            members.add(new Member(null, idNumbers[i], null, "成员" + i, i == 0 ? Relation.HEAD : Relation.CHILD, null,
                    null, true, null, null, null, null, null, null, null, List.of(), null, null));
        }
        return households.create(Household.draft(street, "长宁路1号", "长宁路1号", members, List.of(), List.of(),
                List.of()), WriteContext.of("tester", "registered")).value();
    }

    static String personOf(Household h, String idNumber) {
        return h.members().stream().filter(m -> idNumber.equals(m.idNumber())).findFirst().orElseThrow().personId();
    }

    /** An ACTIVE enrolment as a grant leaves it; {@code coveredPerson} non-null makes it person-level. */
    String enrol(Household h, String programId, String monthlyAmount, String coveredPerson) {
        return coveredPerson == null ? enrolCovering(h, programId, monthlyAmount)
                : enrolCovering(h, programId, monthlyAmount, coveredPerson);
    }

    /** An ACTIVE enrolment covering these persons (person-level), or the whole household when none is named. */
    String enrolCovering(Household h, String programId, String monthlyAmount, String... coveredPersons) {
        String caseId = UUID.randomUUID().toString();
        String enrolmentId = UUID.randomUUID().toString();
        String decision = coveredPersons.length == 0 ? null : "{\"programId\":\"" + programId + "\",\"eligible\":true,"
                + "\"reasons\":[" + java.util.Arrays.stream(coveredPersons).map(p -> "{\"rule\":\"person:" + p
                        + "\",\"passed\":true}").collect(Collectors.joining(",")) + "]}";
        Timestamp at = Timestamp.valueOf("2024-06-01 00:00:00");
        sql("INSERT INTO case_file (id, household_id, program_id, street, status, accepted_on, deadline, deadline_days,"
                + " deadline_provisional, calendar_revision, credit_commitment, verification_authorisation, decided_on,"
                + " decision, enrolment_id, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'GRANTED', ?, ?, 20,"
                + " FALSE, 0, TRUE, TRUE, ?, ?, ?, 1, ?, ?)", caseId, h.id(), programId, h.street(),
                LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 5, 30), decision, enrolmentId,
                at, at);
        sql("INSERT INTO enrolment (id, household_id, program_id, case_id, street, monthly_amount, start_month,"
                + " next_review, status, status_since, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?,"
                + " '2024-06', ?, 'ACTIVE', ?, 1, ?, ?)", enrolmentId, h.id(), programId, caseId, h.street(),
                new BigDecimal(monthlyAmount), LocalDate.of(2025, 6, 1), LocalDate.of(2024, 6, 1), at, at);
        sql("INSERT INTO enrolment_change (enrolment_id, seq, status, effective_on, recorded_at, actor)"
                + " VALUES (?, 0, 'ACTIVE', ?, ?, 'tester')", enrolmentId, LocalDate.of(2024, 6, 1), at);
        return enrolmentId;
    }

    /** A file with these lines. */
    static Path file(String... lines) throws IOException {
        Path f = Files.createTempFile("feed", ".csv");
        f.toFile().deleteOnExit();
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    static RecordingJobRun run(String jobId, Map<String, String> params, Path input) {
        return new RecordingJobRun(jobId, params, input);
    }

    /** Loads a CSV feed of {@code type} for {@code period} as job {@code jobId}. */
    RecordingJobRun loadCsv(String jobId, String type, String period, String... lines) throws Exception {
        RecordingJobRun r = run(jobId, Map.of(JobParams.FEED_TYPE, type, JobParams.PERIOD, period,
                JobParams.FORMAT, JobParams.CSV), file(lines));
        summary = feedLoad.run(r);
        return r;
    }

    RecordingJobRun runMonth(String month, String street) throws Exception {
        RecordingJobRun r = run(UUID.randomUUID().toString(), Map.of(JobParams.MONTH, month), null);
        r.street = street;
        summary = monitoringRun.run(r);
        return r;
    }

    String enrolmentStatus(String enrolmentId) {
        return query("SELECT status || '/' || COALESCE(status_reason, '-') FROM enrolment WHERE id = ?", enrolmentId);
    }

    long count(String sql, Object... args) {
        return Long.parseLong(query(sql, args));
    }

    String query(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
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

    /** The enrolments on the dibao payroll of {@code month} (drawn by the real enrolment service). */
    List<String> payroll(String month) {
        try {
            EnrolmentRegistry enrolments = new EnrolmentRegistry();
            set(enrolments, "jpa", jpa);
            set(enrolments, "clock", clock);
            set(enrolments, "households", households);
            return enrolments.payroll("dibao", YearMonth.parse(month), null).lines().stream()
                    .map(PayrollLine::enrolmentId).collect(Collectors.toList());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private HouseholdRegistry householdRegistry() {
        try {
            HouseholdRegistry r = new HouseholdRegistry();
            set(r, "jpa", jpa);
            set(r, "streets", streets);
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
    static <A> A defaults(Class<A> annotation) {
        return (A) Proxy.newProxyInstance(annotation.getClassLoader(), new Class<?>[] {annotation},
                (proxy, method, args) -> method.getDefaultValue());
    }
}
