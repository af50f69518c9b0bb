package org.doudi.registry.internal.monitoring;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.person.ResidentIdNumber;

/**
 * A synthetic registry and synthetic feeds for the comparison harness, written with plain JDBC. Person i has a
 * deterministic valid ID number; households hold 2 or 3 people in turn; every 25th household is on dibao
 * (household-level, 1,330.00 a month). Feed record j names an enrolled person when j % 100 == 0, another
 * registered person when j % 100 is 1–4, and someone outside the registry otherwise.
 */
final class SyntheticRegistry {
    static final String[] STREETS = {"huayanglu", "jiangsulu", "xinhualu", "zhoujiaqiao", "tianshanlu",
        "xianxiaxincun", "hongqiao", "chengjiaqiao", "beixinjing", "xinjing"};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int ENROL_EVERY = 25;

    final int persons;
    private final int[] householdOf;
    private final int households;

    SyntheticRegistry(int persons) {
        this.persons = persons;
        this.householdOf = new int[persons];
        int h = 0;
        int i = 0;
        while (i < persons) {
            int size = h % 2 == 0 ? 2 : 3;
            for (int k = 0; k < size && i < persons; k++) {
                householdOf[i++] = h;
            }
            h++;
        }
        this.households = h;
    }

    /** A valid Changning ID number, different for every i (birth day i / 900, sequence i % 900 + 100). */
    static String idNumber(long i) {
        String first17 = "310105" + FIRST_BIRTH.plusDays(i / 900).toString().replace("-", "") + (i % 900 + 100);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String householdId(int h) {
        return String.format("00000000-0000-4000-8000-%012d", h);
    }

    boolean enrolled(int person) {
        return householdOf[person] % ENROL_EVERY == 0;
    }

    int households() {
        return households;
    }

    /** Writes the registry: households, members, ID claims, and a granted case with its enrolment per dibao household. */
    void insert(DataSource ds) throws SQLException {
        Timestamp at = Timestamp.valueOf("2024-01-01 00:00:00");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ph = c.prepareStatement("INSERT INTO household (id, street, street_basis,"
                    + " hukou_address, residence_address, version, created_at, updated_at) VALUES (?, ?, 'HUKOU',"
                    + " '长宁路1号', '长宁路1号', 1, ?, ?)");
                    PreparedStatement pc = c.prepareStatement("INSERT INTO case_file (id, household_id, program_id,"
                            + " street, status, accepted_on, deadline, deadline_days, deadline_provisional,"
                            + " calendar_revision, credit_commitment, verification_authorisation, version, created_at,"
                            + " updated_at) VALUES (?, ?, 'dibao', ?, 'GRANTED', ?, ?, 20, FALSE, 0, TRUE, TRUE, 1, ?, ?)");
                    PreparedStatement pe = c.prepareStatement("INSERT INTO enrolment (id, household_id, program_id,"
                            + " case_id, street, monthly_amount, start_month, next_review, status, status_since, version,"
                            + " created_at, updated_at) VALUES (?, ?, 'dibao', ?, ?, ?, '2024-01', ?, 'ACTIVE', ?, 1, ?, ?)")) {
                for (int h = 0; h < households; h++) {
                    String id = householdId(h);
                    String street = STREETS[h % STREETS.length];
                    ph.setString(1, id);
                    ph.setString(2, street);
                    ph.setTimestamp(3, at);
                    ph.setTimestamp(4, at);
                    ph.addBatch();
                    if (h % ENROL_EVERY == 0) {
                        String caseId = id.replace("-8000-", "-9000-");
                        pc.setString(1, caseId);
                        pc.setString(2, id);
                        pc.setString(3, street);
                        pc.setDate(4, java.sql.Date.valueOf("2023-12-01"));
                        pc.setDate(5, java.sql.Date.valueOf("2023-12-29"));
                        pc.setTimestamp(6, at);
                        pc.setTimestamp(7, at);
                        pc.addBatch();
                        pe.setString(1, id.replace("-8000-", "-a000-"));
                        pe.setString(2, id);
                        pe.setString(3, caseId);
                        pe.setString(4, street);
                        pe.setBigDecimal(5, new BigDecimal("1330.00"));
                        pe.setDate(6, java.sql.Date.valueOf("2025-01-01"));
                        pe.setDate(7, java.sql.Date.valueOf("2024-01-01"));
                        pe.setTimestamp(8, at);
                        pe.setTimestamp(9, at);
                        pe.addBatch();
                    }
                    if (h % 10_000 == 9_999) {
                        ph.executeBatch();
                        pc.executeBatch();
                        pe.executeBatch();
                        c.commit();
                    }
                }
                ph.executeBatch();
                pc.executeBatch();
                pe.executeBatch();
                c.commit();
            }
            try (PreparedStatement pm = c.prepareStatement("INSERT INTO household_member (person_id, household_id, seq,"
                    + " id_number, without_id_number, name, relation, hukou_local) VALUES (?, ?, ?, ?, FALSE, ?, ?, TRUE)");
                    PreparedStatement pi = c.prepareStatement("INSERT INTO person_id_claim (id_number, person_id,"
                            + " household_id) VALUES (?, ?, ?)")) {
                int previous = -1;
                int seq = 0;
                for (int i = 0; i < persons; i++) {
                    int h = householdOf[i];
                    seq = h == previous ? seq + 1 : 0;
                    previous = h;
                    String person = String.format("00000000-0000-4000-b000-%012d", i);
                    String idNumber = idNumber(i);
                    pm.setString(1, person);
                    pm.setString(2, householdId(h));
                    pm.setInt(3, seq);
                    pm.setString(4, idNumber);
                    pm.setString(5, "居民" + i);
                    pm.setString(6, seq == 0 ? "HEAD" : "CHILD");
                    pm.addBatch();
                    pi.setString(1, idNumber);
                    pi.setString(2, person);
                    pi.setString(3, householdId(h));
                    pi.addBatch();
                    if (i % 10_000 == 9_999) {
                        pm.executeBatch();
                        pi.executeBatch();
                        c.commit();
                    }
                }
                pm.executeBatch();
                pi.executeBatch();
                c.commit();
            }
        }
    }

    /** Writes {@code records} feed records of {@code type} starting at record number {@code from} to a CSV file. */
    void writeFeed(Path file, FeedType type, long from, long records) throws IOException {
        int enrolledPeople = 0;
        int[] enrolledList = new int[persons / ENROL_EVERY + 3];
        for (int i = 0; i < persons && enrolledPeople < enrolledList.length; i++) {
            if (enrolled(i)) {
                enrolledList[enrolledPeople++] = i;
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header(type));
            w.newLine();
            for (long j = from; j < from + records; j++) {
                long m = j % 100;
                long person;
                if (m == 0) {
                    person = enrolledList[(int) ((j / 100) % enrolledPeople)];
                } else if (m < 5) {
                    person = (j * 7919) % persons;
                } else {
                    person = persons + j;
                }
                w.write(idNumber(person));
                w.write(',');
                w.write(LocalDate.of(2024, 10, 1).plusDays(j % 28).toString());
                w.write(row(type, j));
                w.newLine();
            }
        }
    }

    private static String header(FeedType type) {
        return switch (type) {
            case DEATH -> "idNumber,date,place";
            case EMPLOYMENT -> "idNumber,date,employer,monthlyWage";
            case PENSION -> "idNumber,date,monthlyAmount,scheme";
            case CRIMINAL_SENTENCE -> "idNumber,date,caseNumber";
            case REAL_ESTATE -> "idNumber,date,propertyId,value";
            case VEHICLE -> "idNumber,date,plate,value";
            case BUSINESS_REGISTRATION -> "idNumber,date,registrationNumber,capital";
            case MEDICAL_EXPENSE -> "idNumber,date,amount,hospital";
            case DISABILITY_CERTIFICATION -> "idNumber,date,category,grade";
            case SCHOOL_ENROLMENT -> "idNumber,date,school";
        };
    }

    private static String row(FeedType type, long j) {
        return switch (type) {
            case DEATH -> ",长宁区中心医院";
            case EMPLOYMENT -> ",上海长宁第" + (j % 500) + "物业公司," + (3000 + j % 4000) + ".00";
            case PENSION -> "," + (1500 + j % 2000) + ".50,城镇职工";
            case CRIMINAL_SENTENCE -> ",(2024)沪0105刑初" + j + "号";
            case REAL_ESTATE -> ",沪房2024长字第" + j + "号," + (800000 + j % 3000000) + ".00";
            case VEHICLE -> ",沪A" + (10000 + j % 90000) + "," + (50000 + j % 200000) + ".00";
            case BUSINESS_REGISTRATION -> ",91310105MA" + j + ",100000.00";
            case MEDICAL_EXPENSE -> "," + (2000 + (j * 37) % 60000) + ".00,华山医院";
            case DISABILITY_CERTIFICATION -> ",PHYSICAL," + (1 + j % 4);
            case SCHOOL_ENROLMENT -> ",长宁区实验小学" + (j % 40);
        };
    }
}
