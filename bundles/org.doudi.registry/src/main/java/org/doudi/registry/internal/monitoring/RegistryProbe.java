package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Asks the registry per ID number (by primary key): for small inputs, where reading the whole registry costs more. */
final class RegistryProbe extends RegistryLookup {
    private final PreparedStatement claim;
    private final PreparedStatement enrolments;
    private final Map<String, List<LiveEnrolment>> byHousehold = new HashMap<>();

    RegistryProbe(Connection c) throws SQLException {
        super(c);
        claim = c.prepareStatement("SELECT c.person_id, c.household_id, h.street FROM person_id_claim c"
                + " JOIN household h ON h.id = c.household_id WHERE c.id_number = ?");
        enrolments = c.prepareStatement("SELECT id, program_id, status, monthly_amount, case_id FROM enrolment"
                + " WHERE household_id = ? AND status IN ('ACTIVE', 'SUSPENDED')");
    }

    @Override
    RegisteredPerson find(String idNumber) throws SQLException {
        claim.setString(1, idNumber);
        String personId;
        String householdId;
        String street;
        try (ResultSet rs = claim.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            personId = rs.getString(1);
            householdId = rs.getString(2);
            street = rs.getString(3);
        }
        List<LiveEnrolment> live = byHousehold.get(householdId);
        if (live == null) {
            live = new ArrayList<>(2);
            enrolments.setString(1, householdId);
            try (ResultSet rs = enrolments.executeQuery()) {
                while (rs.next()) {
                    BigDecimal amount = rs.getBigDecimal(4);
                    live.add(new LiveEnrolment(rs.getString(1), rs.getString(2), "ACTIVE".equals(rs.getString(3)),
                            amount != null && amount.signum() > 0, rs.getString(5)));
                }
            }
            byHousehold.put(householdId, live);
        }
        return new RegisteredPerson(personId, householdId, street, live);
    }

    @Override
    public void close() throws SQLException {
        claim.close();
        enrolments.close();
        super.close();
    }
}
