package org.doudi.registry.internal.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusals of one program among a chunk of households: for each household its last refused case (a refusal
 * set aside on review or reconsideration does not count, as for the circles), with the decision day and the rules
 * that failed then. One query per chunk.
 */
final class Refusals implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int RULES_WIDTH = 500;

    /** A household's last refusal. */
    record Refusal(LocalDate decidedOn, String failedRules) {
    }

    private final PreparedStatement query;
    private final String programId;

    Refusals(Connection c, String programId) throws SQLException {
        this.programId = programId;
        query = c.prepareStatement("SELECT c.household_id, c.decided_on, c.decision FROM case_file c"
                + " WHERE c.household_id > ? AND c.household_id <= ? AND c.program_id = ? AND c.status = 'REFUSED'"
                + " AND NOT EXISTS (SELECT 1 FROM case_appeal a WHERE a.case_id = c.id AND a.outcome = 'OVERTURNED')"
                + " ORDER BY c.household_id, c.decided_on, c.updated_at");
    }

    /** The last refusal of each household with {@code after < id <= last} that has one. */
    Map<String, Refusal> read(String after, String last) throws SQLException {
        Map<String, Raw> lastRow = new HashMap<>();
        query.setString(1, after);
        query.setString(2, last);
        query.setString(3, programId);
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) { // in decision order: the last one stays
                Date d = rs.getDate(2);
                lastRow.put(rs.getString(1), new Raw(d == null ? null : d.toLocalDate(), rs.getString(3)));
            }
        }
        Map<String, Refusal> out = new HashMap<>();
        lastRow.forEach((household, raw) -> out.put(household, new Refusal(raw.decidedOn, failedRules(raw.decision))));
        return out;
    }

    private record Raw(LocalDate decidedOn, String decision) {
    }

    /** The ids of the rules that failed in a stored decision, comma-separated; null when it names none. */
    static String failedRules(String decisionJson) {
        if (decisionJson == null) {
            return null;
        }
        try {
            List<String> failed = new ArrayList<>();
            for (JsonNode reason : JSON.readTree(decisionJson).path("reasons")) {
                if (!reason.path("passed").asBoolean(true) && reason.hasNonNull("rule")) {
                    failed.add(reason.get("rule").asText());
                }
            }
            String rules = String.join(", ", failed);
            return rules.isEmpty() ? null : rules.length() > RULES_WIDTH ? rules.substring(0, RULES_WIDTH) : rules;
        } catch (IOException e) {
            return null; // an unreadable old decision: the refusal still counts, without its rules
        }
    }

    @Override
    public void close() throws SQLException {
        query.close();
    }
}
