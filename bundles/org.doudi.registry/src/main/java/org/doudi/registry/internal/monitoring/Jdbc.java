package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.SQLException;

/** Small JDBC chores of the bulk paths. */
final class Jdbc {
    /** SQLState of a unique-constraint violation (Derby and PostgreSQL alike). */
    static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    /** Rolls back before a failure propagates (Derby refuses to close a connection inside a transaction). */
    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    /** True if {@code e}, a chained exception or a cause is a unique-constraint violation. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            for (Throwable t = next; t != null; t = t.getCause()) {
                if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    return true;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
        }
        return false;
    }
}
