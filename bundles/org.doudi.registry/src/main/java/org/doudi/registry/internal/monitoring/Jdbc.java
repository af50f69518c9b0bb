package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.SQLException;

/** Small JDBC chores of the bulk paths. */
final class Jdbc {
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
}
