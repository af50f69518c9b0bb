package org.doudi.registry.internal.imports;

import static org.doudi.registry.internal.imports.ImportFiles.CLOCK;
import static org.doudi.registry.internal.imports.ImportFiles.TODAY;
import static org.doudi.registry.internal.imports.ImportFiles.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.jobs.JobError;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.ExpenditureType;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Sex;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.bulk.RegistryFixture;
import org.doudi.registry.internal.entity.CaseEntity;
import org.doudi.registry.internal.entity.EnrolmentEntity;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class HouseholdImportJobTest {
    private static final String[] COLUMNS = {"householdRef", "street", "committee", "hukouAddress", "residenceAddress",
            "idNumber", "withoutIdNumber", "name", "relation", "sex", "birthDate", "hukouLocal", "disabilityCategory",
            "disabilityGrade", "tags", "wageIncome", "pensionIncome", "deposits", "realEstateValue", "realEstateArea",
            "medicalExpenditure", "factsSource", "factsAsOf", "enrolledProgram", "enrolledSince",
            "enrolledMonthlyAmount", "payeeAccount"};
    private static final String A1 = id("1980-01-01", 11);
    private static final String A2 = id("1982-02-02", 12);
    private static final String B1 = id("1950-03-03", 21);
    private static final String HUKOU = "上海市长宁区天山路100弄1号, 201室";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private RegistryFixture db;
    private final List<String> audited = new ArrayList<>();
    private HouseholdImportJob job;

    @Before
    public void setUp() {
        db = new RegistryFixture();
        ImportAudit audit = (jobId, actor, reason, payload) -> {
            audited.add(jobId + " " + payload);
            db.inTx(em -> AuditLog.append(em, CLOCK.now(), actor, HouseholdImportJob.AUDIT_ACTION,
                    HouseholdImportJob.AUDIT_ENTITY, jobId, null, reason, payload));
        };
        job = new HouseholdImportJob(db.dataSource, RegistryFixture.streets(), CLOCK, audit,
                new ImportSettings(3, 1, true));
    }

    @After
    public void tearDown() {
        db.close();
    }

    /** Good households, a bad ID number, a bad date, an unknown street, split rows and a duplicate person. */
    private Path district() throws Exception {
        ImportFiles f = new ImportFiles(COLUMNS);
        f.row("householdRef", "H1", "street", "tianshanlu", "committee", "天山一居委会", "hukouAddress", HUKOU,
                "residenceAddress", HUKOU, "idNumber", A1, "name", "张伟", "relation", "HEAD", "hukouLocal", "true",
                "tags", "FOUND_ON_VISIT:2024-03-01|REFERRED_TRADE_UNION", "wageIncome", "2400.00", "deposits",
                "15000.00", "realEstateValue", "2500000", "realEstateArea", "65.5", "factsSource", "区大数据中心",
                "factsAsOf", "2024-09-30");
        f.row("householdRef", "H1", "idNumber", A2, "name", "李芳", "relation", "SPOUSE", "hukouLocal", "false",
                "disabilityCategory", "PHYSICAL", "disabilityGrade", "2", "medicalExpenditure", "12000.50",
                "factsSource", "医保局", "factsAsOf", "2024-09-30");
        f.row("householdRef", "H1", "withoutIdNumber", "true", "name", "张小花", "relation", "CHILD", "sex", "female",
                "birthDate", "2015-05-05", "hukouLocal", "true");
        f.row("householdRef", "H2", "street", "hongqiao", "hukouAddress", "上海市长宁区虹桥路1号", "residenceAddress",
                "上海市长宁区虹桥路1号", "idNumber", B1, "name", "王秀英", "relation", "HEAD", "hukouLocal", "true",
                "pensionIncome", "300.00", "factsSource", "人社局", "factsAsOf", "2024-09-01", "enrolledProgram", "dibao",
                "enrolledSince", "2023-05-10", "enrolledMonthlyAmount", "1030.00", "payeeAccount",
                "6222 0200 0000 0000 001");
        String bad = id("1972-05-05", 32);
        f.row("householdRef", "H3", "street", "xinjing", "hukouAddress", "a", "residenceAddress", "a", "idNumber",
                id("1970-04-04", 31), "name", "赵军", "relation", "HEAD", "hukouLocal", "true");
        f.row("householdRef", "H3", "idNumber", bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1'), "name",
                "赵敏", "relation", "SPOUSE", "hukouLocal", "true");
        f.row("householdRef", "H4", "street", "xinjing", "hukouAddress", "b", "residenceAddress", "b", "idNumber",
                id("1975-06-06", 41), "name", "钱勇", "relation", "HEAD", "hukouLocal", "true", "wageIncome", "1000",
                "factsSource", "人社局", "factsAsOf", "2024-13-01");
        f.row("householdRef", "H5", "street", "moon", "hukouAddress", "c", "residenceAddress", "c", "idNumber",
                id("1990-07-07", 51), "name", "孙杰", "relation", "HEAD", "hukouLocal", "true");
        f.row("householdRef", "H6", "street", "xinjing", "hukouAddress", "d", "residenceAddress", "d", "idNumber",
                id("1960-08-08", 61), "name", "周明", "relation", "HEAD", "hukouLocal", "true");
        f.row("householdRef", "H7", "street", "xinjing", "hukouAddress", "e", "residenceAddress", "e", "idNumber",
                id("1985-09-09", 71), "name", "吴涛", "relation", "HEAD", "hukouLocal", "true");
        f.row("householdRef", "H6", "idNumber", id("1962-10-10", 62), "name", "周娟", "relation", "SPOUSE",
                "hukouLocal", "true");
        f.row("householdRef", "H8", "street", "xinjing", "hukouAddress", "f", "residenceAddress", "f", "idNumber", A1,
                "name", "张伟", "relation", "HEAD", "hukouLocal", "true");
        return f.write(folder.getRoot().toPath(), "district.csv");
    }

    private RecordingJobRun run(String id, Path file) {
        RecordingJobRun run = new RecordingJobRun(id, Map.of(HouseholdImports.FILE_NAME, "district.csv",
                HouseholdImports.REASON, "migration from the district platform"), file);
        run.actor = "importer";
        return run;
    }

    @Test
    public void importsTheGoodHouseholdsAndReportsEachBadRowWithItsLine() throws Exception {
        Path file = district();
        RecordingJobRun run = run("job-1", file);
        String summary = job.run(run);

        assertEquals(Map.of("households", 4L, "persons", 6L, "skipped", 0L, "rejected", 5L, "enrolments", 1L),
                run.counts);
        List<JobError> errors = inLineOrder(run);
        assertEquals(List.of(7L, 8L, 9L, 12L, 13L), errors.stream().map(JobError::line).toList());
        assertEquals(List.of("H3", "H4", "H5", "H6", "H8"), errors.stream().map(JobError::ref).toList());
        List<String> reasons = errors.stream().map(JobError::reason).toList();
        assertTrue(reasons.get(0), reasons.get(0).startsWith("idNumber (checksum): "));
        assertTrue(reasons.get(1), reasons.get(1).startsWith("factsAsOf (date): '2024-13-01' is not a date"));
        assertTrue(reasons.get(2), reasons.get(2).startsWith("street (knownStreet): 'moon'"));
        assertEquals("householdRef (contiguous): the rows of a household must be together; it began at line 10,"
                + " these rows are not imported", reasons.get(3));
        assertEquals("idNumber (inUse): this person is already an active member of the household at line 2",
                reasons.get(4));
        assertTrue(reasons.stream().noneMatch(r -> r.contains(A1)));
        assertEquals(13, run.checkpoint);
        assertEquals(Files.size(file), run.total);
        assertEquals(Files.size(file), run.processed);
        assertTrue(summary, summary.startsWith("4 households (6 persons) imported, 0 skipped"));

        assertEquals(4, count("SELECT COUNT(*) FROM household"));
        assertEquals(6, count("SELECT COUNT(*) FROM household_member"));
        assertEquals("the child has no ID number to claim", 5, count("SELECT COUNT(*) FROM person_id_claim"));
        assertEquals(6, count("SELECT COUNT(*) FROM person_circle"));
        assertEquals(1, count("SELECT COUNT(*) FROM household_member WHERE household_id = '" + householdOf("H6")
                + "'"));

        Household h1 = db.jpaRead(householdOf("H1"), TODAY);
        assertEquals("tianshanlu", h1.street());
        assertEquals("天山一居委会", h1.committee());
        assertEquals(HUKOU, h1.hukouAddress());
        assertEquals(List.of("张伟", "李芳", "张小花"), h1.members().stream().map(Member::name).toList());
        Member head = h1.members().get(0);
        Member spouse = h1.members().get(1);
        Member child = h1.members().get(2);
        assertEquals(A1, head.idNumber());
        assertEquals(Sex.MALE, head.sex());
        assertEquals(LocalDate.of(1980, 1, 1), head.birthDate());
        assertEquals(List.of(new IdentityTag("FOUND_ON_VISIT", "区大数据中心", LocalDate.of(2024, 3, 1)),
                new IdentityTag("REFERRED_TRADE_UNION", "区大数据中心", null)), head.tags());
        assertEquals(Sex.FEMALE, spouse.sex());
        assertEquals(Boolean.FALSE, spouse.hukouLocal());
        assertEquals(DisabilityCategory.PHYSICAL, spouse.disabilityCategory());
        assertEquals(Integer.valueOf(2), spouse.disabilityGrade());
        assertNull(child.idNumber());
        assertEquals(Boolean.TRUE, child.withoutIdNumber());
        assertEquals(Sex.FEMALE, child.sex());
        assertEquals(LocalDate.of(2015, 5, 5), child.birthDate());

        assertEquals(1, h1.incomes().size());
        assertEquals(IncomeType.WAGE, h1.incomes().get(0).type());
        assertEquals(new BigDecimal("2400.00"), h1.incomes().get(0).monthlyAmount());
        assertEquals(head.personId(), h1.incomes().get(0).personId());
        assertEquals(LocalDate.of(2024, 9, 30), h1.incomes().get(0).asOf());
        assertEquals(List.of(AssetType.DEPOSIT, AssetType.REAL_ESTATE),
                h1.assets().stream().map(a -> a.type()).toList());
        assertEquals(new BigDecimal("15000.00"), h1.assets().get(0).value());
        assertEquals(new BigDecimal("2500000.00"), h1.assets().get(1).value());
        assertEquals(new BigDecimal("65.50"), h1.assets().get(1).floorArea());
        assertEquals(1, h1.expenditures().size());
        assertEquals(ExpenditureType.MEDICAL, h1.expenditures().get(0).type());
        assertEquals(new BigDecimal("12000.50"), h1.expenditures().get(0).amount());
        assertEquals(spouse.personId(), h1.expenditures().get(0).personId());
        assertEquals(LocalDate.of(2023, 10, 1), h1.expenditures().get(0).from());
        assertEquals(LocalDate.of(2024, 9, 30), h1.expenditures().get(0).to());
        assertEquals("医保局", h1.expenditures().get(0).source());
        assertEquals(Long.valueOf(1), h1.version());

        assertEquals("4|tag REFERRED_TRADE_UNION", circle(head.personId()));
        assertEquals("0|no circle applies", circle(spouse.personId()));
        assertEquals("0|no circle applies", circle(child.personId()));

        Household h2 = db.jpaRead(householdOf("H2"), TODAY);
        assertEquals(List.of("dibao"), h2.enrolledPrograms());
        assertEquals("1|enrolled in dibao (ACTIVE since 2023-05-10)", circle(h2.members().get(0).personId()));
        EnrolmentEntity e = db.inTx(em -> em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.householdId = :h",
                EnrolmentEntity.class).setParameter("h", h2.id()).getSingleResult());
        assertEquals(EnrolmentStatus.ACTIVE, e.getStatus());
        assertEquals(new BigDecimal("1030.00"), e.getMonthlyAmount());
        assertEquals("2023-05", e.getStartMonth());
        assertEquals(LocalDate.of(2023, 5, 10), e.getStatusSince());
        assertEquals(LocalDate.of(2025, 5, 10), e.getNextReview());
        assertEquals("6222020000000000001", e.getPayeeAccount());
        assertEquals("hongqiao", e.getStreet());
        assertEquals(1, e.getChanges().size());
        assertEquals(EnrolmentStatus.ACTIVE, e.getChanges().get(0).getStatus());
        assertEquals(LocalDate.of(2023, 5, 10), e.getChanges().get(0).getOn());
        CaseEntity c = db.inTx(em -> em.find(CaseEntity.class, e.getCaseId()));
        assertEquals(CaseStatus.GRANTED, c.getStatus());
        assertEquals("dibao", c.getProgramId());
        assertEquals(LocalDate.of(2023, 5, 10), c.getDecidedOn());
        assertEquals(e.getId(), c.getEnrolmentId());
        assertNull(c.getDecision());
        assertEquals(1, c.getTransitions().size());
        assertEquals(CaseStatus.GRANTED, c.getTransitions().get(0).getTo());
        assertEquals("migrated from the district platform", c.getTransitions().get(0).getReason());
        assertEquals("importer", c.getTransitions().get(0).getActor());

        assertEquals(1, audited.size());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE event_action = 'HOUSEHOLDS_IMPORTED'"
                + " AND entity_type = 'job' AND entity_id = 'job-1' AND actor = 'importer'"));
        assertTrue(audited.get(0), audited.get(0).contains("\"fileName\":\"district.csv\",\"sha256\":\"test-hash\","
                + "\"reason\":\"migration from the district platform\""));
        assertEquals("the user's reason leads the audit entry", 1, count("SELECT COUNT(*) FROM audit_event WHERE reason"
                + " LIKE 'migration from the district platform — %'"));
        assertTrue(audited.get(0), audited.get(0).contains("\"complete\":true,\"households\":4,\"persons\":6,"
                + "\"skipped\":0,\"rejected\":5,\"enrolments\":1,\"errorRows\":5"));
        assertEquals("no household is audited one by one", 1, count("SELECT COUNT(*) FROM audit_event"));
    }

    @Test
    public void reimportingTheSameFileCreatesNothing() throws Exception {
        Path file = district();
        job.run(run("job-1", file));
        RecordingJobRun again = run("job-2", file);
        job.run(again);

        assertEquals(Map.of("households", 0L, "persons", 0L, "skipped", 4L, "rejected", 5L, "enrolments", 0L),
                again.counts);
        assertEquals("idNumber (inUse): this person is already an active member of another household in the registry",
                inLineOrder(again).get(4).reason());
        assertEquals(4, count("SELECT COUNT(*) FROM household"));
        assertEquals(6, count("SELECT COUNT(*) FROM household_member"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrolment"));
        assertEquals(1, count("SELECT COUNT(*) FROM case_file"));
        assertEquals(4, count("SELECT COUNT(*) FROM household_import_ref WHERE job_id = 'job-1'"));
        assertEquals("one audit event per job", 2, count("SELECT COUNT(*) FROM audit_event"));
    }

    /** Thirty households of one to three members (60 persons), one row each. */
    private Path thirtyHouseholds() throws Exception {
        ImportFiles f = new ImportFiles(COLUMNS);
        int persons = 0;
        for (int h = 0; h < 30; h++) {
            int size = 1 + h % 3;
            for (int k = 0; k < size; k++) {
                f.row("householdRef", "R" + h, "street", "xinjing", "hukouAddress", "x" + h, "residenceAddress",
                        "x" + h,
                        "idNumber", id(LocalDate.of(1960, 1, 1).plusDays(persons).toString(), 1 + persons % 900),
                        "name", "成员" + persons, "relation", k == 0 ? "HEAD" : "CHILD", "hukouLocal", "true",
                        "wageIncome", "1000.00", "factsSource", "人社局", "factsAsOf", "2024-09-30");
                persons++;
            }
        }
        return f.write(folder.getRoot().toPath(), "thirty.csv");
    }

    @Test
    public void aStoppedImportResumesAfterItsCheckpointAndImportsExactlyTheRest() throws Exception {
        Path file = thirtyHouseholds();
        HouseholdImportJob chunksOfFive = new HouseholdImportJob(db.dataSource, RegistryFixture.streets(), CLOCK,
                (jobId, actor, reason, payload) -> audited.add(reason), new ImportSettings(5, 1, false));

        RecordingJobRun first = run("job-r", file);
        first.cancelAfterCheckpoints = 1;
        String stopped = chunksOfFive.run(first);
        assertEquals(Long.valueOf(5), first.counts.get("households"));
        assertEquals("five households of 1, 2, 3, 1, 2 members after the header", 10, first.checkpoint);
        assertTrue(stopped, stopped.endsWith("stopped after line 10"));
        assertEquals(5, count("SELECT COUNT(*) FROM household"));

        RecordingJobRun resumed = run("job-r", file);
        resumed.checkpoint = first.checkpoint;
        chunksOfFive.run(resumed);
        assertEquals(Map.of("households", 25L, "persons", 51L, "skipped", 0L, "rejected", 0L, "enrolments", 0L),
                resumed.counts);
        assertEquals(30, count("SELECT COUNT(*) FROM household"));
        assertEquals(30, count("SELECT COUNT(DISTINCT source_ref) FROM household_import_ref"));
        assertEquals(60, count("SELECT COUNT(*) FROM household_member"));
        assertEquals(60, count("SELECT COUNT(DISTINCT id_number) FROM household_member"));
        assertEquals(60, count("SELECT COUNT(*) FROM household_income"));
        assertEquals(61, resumed.checkpoint);
        assertEquals(2, audited.size());
        assertTrue(audited.get(0), audited.get(0).endsWith("stopped after line 10"));

        RecordingJobRun again = run("job-r", file);
        again.checkpoint = resumed.checkpoint;
        chunksOfFive.run(again);
        assertEquals("a run resumed after its last line finds nothing left", 61, again.checkpoint);
        assertEquals(Long.valueOf(0), again.counts.get("households"));
        assertEquals(Files.size(file), again.processed);
        assertEquals(30, count("SELECT COUNT(*) FROM household"));
    }

    @Test
    public void parallelWritersStoppedAndResumedLeaveEveryHouseholdExactlyOnce() throws Exception {
        Path file = thirtyHouseholds();
        HouseholdImportJob parallel = new HouseholdImportJob(db.dataSource, RegistryFixture.streets(), CLOCK,
                (jobId, actor, reason, payload) -> audited.add(reason), new ImportSettings(2, 3, false));
        RecordingJobRun first = run("job-p", file);
        first.cancelAfterCheckpoints = 2;
        parallel.run(first);
        long committed = count("SELECT COUNT(*) FROM household");
        assertTrue("stopped early: " + committed, committed >= 4 && committed < 30);
        assertTrue("the checkpoint never passes an uncommitted chunk", first.checkpoint <= 1 + persons(committed));

        RecordingJobRun resumed = run("job-p", file);
        resumed.checkpoint = first.checkpoint;
        parallel.run(resumed);
        assertEquals(30, count("SELECT COUNT(*) FROM household"));
        assertEquals(60, count("SELECT COUNT(*) FROM household_member"));
        assertEquals(60, count("SELECT COUNT(*) FROM person_circle"));
        assertEquals(61, resumed.checkpoint);
        assertEquals("what the first run committed ahead of its checkpoint is skipped, the rest imported", 30,
                first.counts.get("households") + resumed.counts.get("households"));
        assertEquals(0, resumed.counts.get("rejected").longValue());
    }

    /** Persons in the first {@code households} of {@link #thirtyHouseholds()}. */
    private static long persons(long households) {
        long n = 0;
        for (int h = 0; h < households; h++) {
            n += 1 + h % 3;
        }
        return n;
    }

    @Test
    public void aFileWithoutTheRequiredColumnsFailsTheJobAndWritesNothing() throws Exception {
        ImportFiles f = new ImportFiles("householdRef", "street", "nmae");
        f.row("householdRef", "X", "street", "xinjing", "nmae", "typo");
        try {
            job.run(run("job-h", f.write(folder.getRoot().toPath(), "typo.csv")));
            fail("a header with an unknown column is refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("unknown column 'nmae'")
                    && e.getMessage().contains("required column 'idNumber' is missing"));
        }
        assertEquals(0, count("SELECT COUNT(*) FROM household"));
        assertEquals(0, audited.size());
    }

    @Test
    public void aStreetImportWritesOnlyItsOwnStreet() throws Exception {
        RecordingJobRun run = run("job-s", district());
        run.street = "hongqiao";
        job.run(run);
        assertEquals(Long.valueOf(1), run.counts.get("households"));
        JobError first = inLineOrder(run).get(0);
        assertEquals(Long.valueOf(2), first.line());
        assertTrue(first.reason(), first.reason().startsWith("street (scope): "));
        assertEquals(1, count("SELECT COUNT(*) FROM household WHERE street = 'hongqiao'"));
        assertEquals(1, count("SELECT COUNT(*) FROM household"));
    }

    /** The errors by line: with several writers, chunks (and their errors) commit in any order. */
    private static List<JobError> inLineOrder(RecordingJobRun run) {
        return run.errors.stream().sorted(java.util.Comparator.comparing(JobError::line)).toList();
    }

    private String householdOf(String ref) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT household_id FROM household_import_ref WHERE source_ref = '"
                        + ref + "'")) {
            assertTrue(ref + " was imported", rs.next());
            return rs.getString(1);
        }
    }

    private String circle(String personId) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT circle, reason, as_of FROM person_circle WHERE person_id = '"
                        + personId + "'")) {
            assertTrue(rs.next());
            assertEquals(TODAY, rs.getDate(3).toLocalDate());
            return rs.getInt(1) + "|" + rs.getString(2);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
