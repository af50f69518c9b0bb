package org.doudi.registry.internal.bulk;

import static org.doudi.registry.internal.bulk.Columns.date;
import static org.doudi.registry.internal.bulk.Columns.enumOf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.registry.internal.casework.CircleIndex;
import org.doudi.registry.internal.casework.CircleRules.CaseFact;
import org.doudi.registry.internal.casework.CircleRules.EnrolmentFact;

/**
 * The enrolments and cases of a chunk's households as the circle rules read them, with the same readings as
 * {@code CircleIndex.recompute}: a person-level enrolment covers the members its decision found qualifying, and a
 * refusal overturned on appeal counts as no refusal. Two queries per chunk.
 */
final class CircleFacts implements AutoCloseable {
    private static final String PERSON = "person:";

    private final PreparedStatement enrolments;
    private final PreparedStatement cases;

    final Map<String, List<EnrolmentFact>> enrolmentsByHousehold = new HashMap<>();
    final Map<String, List<CaseFact>> casesByHousehold = new HashMap<>();

    CircleFacts(Connection c) throws SQLException {
        // ordered as the household index returns them to the per-household read: program, then age
        enrolments = c.prepareStatement("SELECT e.household_id, e.program_id, e.status, e.status_reason,"
                + " e.status_since, c.decision FROM enrolment e LEFT JOIN case_file c ON c.id = e.case_id"
                + " WHERE e.household_id > ? AND e.household_id <= ?"
                + " ORDER BY e.household_id, e.program_id, e.created_at, e.id");
        cases = c.prepareStatement("SELECT c.household_id, c.program_id, c.status, c.decided_on,"
                + " (SELECT COUNT(*) FROM case_appeal a WHERE a.case_id = c.id AND a.outcome = 'OVERTURNED')"
                + " FROM case_file c WHERE c.household_id > ? AND c.household_id <= ?"
                + " ORDER BY c.household_id, c.program_id, c.created_at, c.id");
    }

    /** Reads the facts of the households with {@code after < id <= last}. */
    void read(String after, String last) throws SQLException {
        enrolmentsByHousehold.clear();
        casesByHousehold.clear();
        enrolments.setString(1, after);
        enrolments.setString(2, last);
        try (ResultSet rs = enrolments.executeQuery()) {
            while (rs.next()) {
                String decision = rs.getString(6);
                enrolmentsByHousehold.computeIfAbsent(rs.getString(1), h -> new ArrayList<>()).add(new EnrolmentFact(
                        rs.getString(2), enumOf(EnrolmentStatus.class, rs, 3), enumOf(TerminationReason.class, rs, 4),
                        date(rs, 5), decision == null || !decision.contains(PERSON) ? null
                                : CircleIndex.coveredPersons(decision)));
            }
        }
        cases.setString(1, after);
        cases.setString(2, last);
        try (ResultSet rs = cases.executeQuery()) {
            while (rs.next()) {
                boolean overturned = rs.getLong(5) > 0;
                casesByHousehold.computeIfAbsent(rs.getString(1), h -> new ArrayList<>()).add(new CaseFact(
                        rs.getString(2), overturned ? null : enumOf(CaseStatus.class, rs, 3), date(rs, 4)));
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (enrolments; cases) {
            // both closed
        }
    }
}
