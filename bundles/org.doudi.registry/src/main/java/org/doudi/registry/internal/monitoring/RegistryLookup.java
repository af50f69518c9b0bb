package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.registry.internal.casework.CircleIndex;

/**
 * Finds the registry's active member behind an ID number, with their household's street and live enrolments. Two
 * ways: {@link RegistryIndex} reads the whole registry once (a month's feeds), {@link RegistryProbe} asks per
 * person (a death batch, a street's city results). Whom a person-level enrolment covers comes from its case's
 * decision, read once per case; a household's active members (what a reported death is weighed against) are read
 * once per household.
 */
abstract class RegistryLookup implements AutoCloseable {
    private final Connection connection;
    private final Map<String, Optional<Set<String>>> covered = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private PreparedStatement decision;
    private PreparedStatement active;

    RegistryLookup(Connection connection) {
        this.connection = connection;
    }

    /** The active member with this (normalised) ID number, or null. */
    abstract RegisteredPerson find(String idNumber) throws SQLException;

    /** True if {@code e} covers {@code personId}: a household-level enrolment covers every member. */
    boolean covers(LiveEnrolment e, String personId) throws SQLException {
        Set<String> persons = coveredPersons(e);
        return persons == null || persons.contains(personId);
    }

    /** The members a person-level enrolment covers (its case's decision), or null for a household-level one. */
    Set<String> coveredPersons(LiveEnrolment e) throws SQLException {
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
        return persons.orElse(null);
    }

    /** The household's active members (not ended), asked once per household: only a death needs them. */
    Set<String> activeMembers(String householdId) throws SQLException {
        Set<String> found = members.get(householdId);
        if (found == null) {
            if (active == null) {
                active = connection.prepareStatement("SELECT person_id FROM household_member"
                        + " WHERE household_id = ? AND ended_on IS NULL");
            }
            active.setString(1, householdId);
            found = new HashSet<>();
            try (ResultSet rs = active.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            members.put(householdId, found);
        }
        return found;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (decision != null) {
            decision.close();
        }
        if (active != null) {
            active.close();
        }
    }
}
