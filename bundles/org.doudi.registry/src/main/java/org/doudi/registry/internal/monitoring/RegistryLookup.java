package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.registry.internal.casework.CircleIndex;

/**
 * Finds the registry's active member behind an ID number, with their household's street and live enrolments. Two
 * ways: {@link RegistryIndex} reads the whole registry once (a month's feeds), {@link RegistryProbe} asks per
 * person (a death batch, a street's city results). Whom a person-level enrolment covers comes from its case's
 * decision, read once per case.
 */
abstract class RegistryLookup implements AutoCloseable {
    private final Connection connection;
    private final Map<String, Optional<Set<String>>> covered = new HashMap<>();
    private PreparedStatement decision;

    RegistryLookup(Connection connection) {
        this.connection = connection;
    }

    /** The active member with this (normalised) ID number, or null. */
    abstract RegisteredPerson find(String idNumber) throws SQLException;

    /** True if {@code e} covers {@code personId}: a household-level enrolment covers every member. */
    boolean covers(LiveEnrolment e, String personId) throws SQLException {
        Optional<Set<String>> persons = covered.get(e.caseId());
        if (persons == null) {
            if (decision == null) {
                decision = connection.prepareStatement("SELECT decision FROM case_file WHERE id = ?");
            }
            decision.setString(1, e.caseId());
            String json = null;
            try (ResultSet rs = decision.executeQuery()) {
                if (rs.next()) {
                    json = rs.getString(1);
                }
            }
            persons = Optional.ofNullable(json == null ? null : CircleIndex.coveredPersons(json));
            covered.put(e.caseId(), persons);
        }
        return persons.isEmpty() || persons.get().contains(personId);
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (decision != null) {
            decision.close();
        }
    }
}
