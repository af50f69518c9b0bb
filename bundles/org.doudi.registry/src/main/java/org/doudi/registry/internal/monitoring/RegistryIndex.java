package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry in memory for a month's comparison: one scan of {@code household} (id → street), one of
 * {@code person_id_claim} (active ID number → person, household) and one of the live enrolments, instead of a
 * query per feed record. About 200 bytes a person: a city of a million people fits in a few hundred MB. A street's
 * own run keeps only that street's households.
 */
final class RegistryIndex extends RegistryLookup {
    private final Map<String, Person> persons;

    private static final class Household {
        final String id;
        final String street;
        List<LiveEnrolment> enrolments = List.of();

        Household(String id, String street) {
            this.id = id;
            this.street = street;
        }
    }

    private record Person(String personId, Household household) {
    }

    private RegistryIndex(Connection c, Map<String, Person> persons) {
        super(c);
        this.persons = persons;
    }

    /** Reads the registry (one street's households, or all when {@code street} is null). */
    static RegistryIndex load(Connection c, String street) throws SQLException {
        Map<String, Household> households = new HashMap<>();
        Map<String, String> streets = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, street FROM household"
                + (street == null ? "" : " WHERE street = ?"))) {
            ps.setFetchSize(10_000);
            if (street != null) {
                ps.setString(1, street);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    households.put(id, new Household(id, streets.computeIfAbsent(rs.getString(2), s -> s)));
                }
            }
        }
        Map<String, Person> persons = new HashMap<>(Math.max(16, households.size() * 4));
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("SELECT id_number, person_id, household_id FROM person_id_claim")) {
                while (rs.next()) {
                    Household h = households.get(rs.getString(3));
                    if (h != null) {
                        persons.put(rs.getString(1), new Person(rs.getString(2), h));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, household_id, program_id, status, monthly_amount, case_id"
                    + " FROM enrolment WHERE status IN ('ACTIVE', 'SUSPENDED')")) {
                Map<String, String> programs = new HashMap<>();
                while (rs.next()) {
                    Household h = households.get(rs.getString(2));
                    if (h != null) {
                        if (h.enrolments.isEmpty()) {
                            h.enrolments = new ArrayList<>(2);
                        }
                        BigDecimal amount = rs.getBigDecimal(5);
                        h.enrolments.add(new LiveEnrolment(rs.getString(1), programs.computeIfAbsent(rs.getString(3),
                                p -> p), "ACTIVE".equals(rs.getString(4)), amount != null && amount.signum() > 0,
                                rs.getString(6)));
                    }
                }
            }
        }
        return new RegistryIndex(c, persons);
    }

    int size() {
        return persons.size();
    }

    @Override
    RegisteredPerson find(String idNumber) {
        Person p = persons.get(idNumber);
        return p == null ? null : new RegisteredPerson(p.personId(), p.household().id, p.household().street,
                p.household().enrolments);
    }
}
