package org.doudi.registry.internal.screening;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.doudi.api.person.ResidentIdNumber;

/**
 * Writes a synthetic city registry with plain JDBC batches, shaped like a bulk import: households in random id
 * order, each followed by its members, tags and facts; 1–6 members (about 2.5 on average); about 5 % of
 * households under the dibao line, 3 % on dibao, 2 % refused before. Deterministic for a seed.
 */
final class SyntheticRegistry {
    private static final String[] STREETS = {"huayanglu", "jiangsulu", "xinhualu", "zhoujiaqiao", "tianshanlu",
        "xianxiaxincun", "hongqiao", "chengjiaqiao", "beixinjing", "xinjing"};
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    private static final String REFUSAL = "{\"programId\":\"dibao\",\"eligible\":false,\"monthlyAmount\":0.00,"
            + "\"reasons\":[{\"rule\":\"income\",\"passed\":false,\"detail\":\"per-capita income 1,450.00 ≥ standard"
            + " 1,420.00\"},{\"rule\":\"monetary-assets\",\"passed\":true,\"detail\":\"within\"}]}";

    private final Random random = new Random(20241015L);
    private long persons;

    /** Writes {@code households} households; returns the number of persons. */
    long write(DataSource ds, int households) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Rows rows = new Rows(c)) {
                for (int i = 0; i < households; i++) {
                    household(rows, i);
                    if (i % 2000 == 1999) {
                        rows.flush();
                        c.commit();
                    }
                }
                rows.flush();
                c.commit();
            }
        }
        return persons;
    }

    private void household(Rows rows, int n) throws SQLException {
        String id = UUID.randomUUID().toString();
        String street = STREETS[random.nextInt(STREETS.length)];
        LocalDateTime at = LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(n);
        rows.household(id, street, at);
        int size = 1 + Math.min(5, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.6 + random.nextDouble() * 1.4));
        boolean poor = random.nextInt(100) < 5;
        for (int m = 0; m < size; m++) {
            String person = UUID.randomUUID().toString();
            int age = m == 0 ? 30 + random.nextInt(55) : m == 1 ? 28 + random.nextInt(55) : random.nextInt(40);
            LocalDate birth = TODAY.minusYears(age).minusDays(random.nextInt(365));
            boolean ended = random.nextInt(100) < 2;
            rows.member(person, id, m, idNumber(birth, n * 7 + m), birth, m, ended ? TODAY.minusMonths(3) : null);
            persons++;
            if (random.nextInt(10) == 0) {
                rows.tag(person, random.nextBoolean() ? "REFERRED_TRADE_UNION" : "MEDICAL_ASSISTANCE");
            }
            if (age >= 18 && age < 60 && random.nextInt(10) < 8) {
                rows.income(id, m, person, "WAGE", poor ? 600 + random.nextInt(900) : 2500 + random.nextInt(9000));
            } else if (age >= 60) {
                rows.income(id, m, person, "PENSION", poor ? 800 + random.nextInt(600) : 2000 + random.nextInt(3000));
            }
        }
        rows.asset(id, 0, rows.firstPerson, "DEPOSIT", poor ? random.nextInt(50000) : random.nextInt(400000), null);
        if (!poor && random.nextInt(10) < 4) {
            rows.asset(id, 1, rows.firstPerson, "REAL_ESTATE", 1_000_000 + random.nextInt(5_000_000), "52.30");
        }
        if (random.nextInt(20) == 0) {
            rows.expenditure(id, rows.firstPerson);
        }
        int fate = random.nextInt(100);
        if (fate < 3) {
            String caseId = rows.caseFile(id, street, "GRANTED", null, at);
            rows.enrolment(id, street, caseId, at);
        } else if (fate < 5) {
            rows.caseFile(id, street, "REFUSED", REFUSAL, at);
        }
    }

    private static String idNumber(LocalDate birth, int n) {
        String first17 = "310105" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** The prepared inserts, batched. */
    private static final class Rows implements AutoCloseable {
        final PreparedStatement household;
        final PreparedStatement member;
        final PreparedStatement tag;
        final PreparedStatement income;
        final PreparedStatement asset;
        final PreparedStatement expenditure;
        final PreparedStatement caseFile;
        final PreparedStatement enrolment;
        String firstPerson;
        private int incomeSeq;

        Rows(Connection c) throws SQLException {
            household = c.prepareStatement("INSERT INTO household (id, street, street_basis, committee, hukou_address,"
                    + " residence_address, version, created_at, updated_at) VALUES (?, ?, 'HUKOU', NULL, ?, ?, 1, ?, ?)");
            member = c.prepareStatement("INSERT INTO household_member (person_id, household_id, seq, id_number,"
                    + " without_id_number, name, relation, sex, birth_date, hukou_local, ended_on, end_reason)"
                    + " VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, ?, TRUE, ?, ?)");
            tag = c.prepareStatement("INSERT INTO member_tag (person_id, seq, tag, source, since)"
                    + " VALUES (?, 0, ?, '区总工会', ?)");
            income = c.prepareStatement("INSERT INTO household_income (household_id, seq, person_id, income_type,"
                    + " monthly_amount, from_date, to_date, source, as_of) VALUES (?, ?, ?, ?, ?, ?, NULL, '人社局', ?)");
            asset = c.prepareStatement("INSERT INTO household_asset (household_id, seq, person_id, asset_type,"
                    + " asset_value, floor_area, source, as_of) VALUES (?, ?, ?, ?, ?, ?, '核对报告', ?)");
            expenditure = c.prepareStatement("INSERT INTO household_expenditure (household_id, seq, person_id,"
                    + " expenditure_type, amount, from_date, to_date, source) VALUES (?, 0, ?, 'MEDICAL', 24000.00, ?, ?,"
                    + " '医保局')");
            caseFile = c.prepareStatement("INSERT INTO case_file (id, household_id, program_id, street, status,"
                    + " accepted_on, deadline, deadline_days, deadline_provisional, calendar_revision, credit_commitment,"
                    + " verification_authorisation, decided_on, decision, version, created_at, updated_at)"
                    + " VALUES (?, ?, 'dibao', ?, ?, ?, ?, 20, FALSE, 1, TRUE, TRUE, ?, ?, 1, ?, ?)");
            enrolment = c.prepareStatement("INSERT INTO enrolment (id, household_id, program_id, case_id, street,"
                    + " monthly_amount, start_month, next_review, status, status_reason, status_since, version,"
                    + " created_at, updated_at) VALUES (?, ?, 'dibao', ?, ?, 800.00, '2024-03', ?, 'ACTIVE', NULL, ?, 1,"
                    + " ?, ?)");
        }

        void household(String id, String street, LocalDateTime at) throws SQLException {
            household.setString(1, id);
            household.setString(2, street);
            household.setString(3, street + "路" + (at.getSecond() + 1) + "弄" + at.getMinute() + "号");
            household.setString(4, street + "路" + (at.getSecond() + 1) + "弄" + at.getMinute() + "号");
            household.setTimestamp(5, Timestamp.valueOf(at));
            household.setTimestamp(6, Timestamp.valueOf(at));
            household.addBatch();
            incomeSeq = 0;
        }

        void member(String person, String householdId, int seq, String idNumber, LocalDate birth, int n,
                LocalDate endedOn) throws SQLException {
            if (seq == 0) {
                firstPerson = person;
            }
            member.setString(1, person);
            member.setString(2, householdId);
            member.setInt(3, seq);
            member.setString(4, idNumber);
            member.setString(5, "居民" + n);
            member.setString(6, seq == 0 ? "HEAD" : seq == 1 ? "SPOUSE" : "CHILD");
            member.setString(7, (idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
            member.setDate(8, Date.valueOf(birth));
            member.setDate(9, endedOn == null ? null : Date.valueOf(endedOn));
            member.setString(10, endedOn == null ? null : "MOVED_OUT");
            member.addBatch();
        }

        void tag(String person, String code) throws SQLException {
            tag.setString(1, person);
            tag.setString(2, code);
            tag.setDate(3, Date.valueOf(TODAY.minusMonths(8)));
            tag.addBatch();
        }

        void income(String householdId, int m, String person, String type, int amount) throws SQLException {
            income.setString(1, householdId);
            income.setInt(2, incomeSeq++);
            income.setString(3, person);
            income.setString(4, type);
            income.setBigDecimal(5, BigDecimal.valueOf(amount * 100L, 2));
            income.setDate(6, Date.valueOf(LocalDate.of(2022, 1, 1)));
            income.setDate(7, Date.valueOf(TODAY.minusMonths(1)));
            income.addBatch();
        }

        void asset(String householdId, int seq, String person, String type, int value, String area)
                throws SQLException {
            asset.setString(1, householdId);
            asset.setInt(2, seq);
            asset.setString(3, person);
            asset.setString(4, type);
            asset.setBigDecimal(5, BigDecimal.valueOf(value * 100L, 2));
            asset.setBigDecimal(6, area == null ? null : new BigDecimal(area));
            asset.setDate(7, Date.valueOf(TODAY.minusMonths(1)));
            asset.addBatch();
        }

        void expenditure(String householdId, String person) throws SQLException {
            expenditure.setString(1, householdId);
            expenditure.setString(2, person);
            expenditure.setDate(3, Date.valueOf(TODAY.minusMonths(9)));
            expenditure.setDate(4, Date.valueOf(TODAY.minusMonths(3)));
            expenditure.addBatch();
        }

        String caseFile(String householdId, String street, String status, String decision, LocalDateTime at)
                throws SQLException {
            String id = UUID.randomUUID().toString();
            caseFile.setString(1, id);
            caseFile.setString(2, householdId);
            caseFile.setString(3, street);
            caseFile.setString(4, status);
            caseFile.setDate(5, Date.valueOf(TODAY.minusMonths(9)));
            caseFile.setDate(6, Date.valueOf(TODAY.minusMonths(8)));
            caseFile.setDate(7, Date.valueOf(TODAY.minusMonths(8)));
            caseFile.setString(8, decision);
            caseFile.setTimestamp(9, Timestamp.valueOf(at));
            caseFile.setTimestamp(10, Timestamp.valueOf(at));
            caseFile.addBatch();
            return id;
        }

        void enrolment(String householdId, String street, String caseId, LocalDateTime at) throws SQLException {
            enrolment.setString(1, UUID.randomUUID().toString());
            enrolment.setString(2, householdId);
            enrolment.setString(3, caseId);
            enrolment.setString(4, street);
            enrolment.setDate(5, Date.valueOf(TODAY.plusMonths(3)));
            enrolment.setDate(6, Date.valueOf(TODAY.minusMonths(8)));
            enrolment.setTimestamp(7, Timestamp.valueOf(at));
            enrolment.setTimestamp(8, Timestamp.valueOf(at));
            enrolment.addBatch();
        }

        void flush() throws SQLException {
            for (PreparedStatement ps : new PreparedStatement[] {household, member, tag, income, asset, expenditure,
                caseFile, enrolment}) {
                ps.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            try (household; member; tag; income; asset; expenditure; caseFile; enrolment) {
                // all closed
            }
        }
    }
}
