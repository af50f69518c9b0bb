package org.doudi.registry.internal;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.doudi.api.persistence.SchemaMigrations;

/** A fresh in-memory Derby database with the registry's migrations applied: real SQL in unit tests. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** A new, empty database at the current schema version. */
    public static DataSource create() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:doudi-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        Map<Integer, URL> scripts = new TreeMap<>();
        for (int v = 1; ; v++) {
            URL url = findScript(v);
            if (url == null) {
                break;
            }
            scripts.put(v, url);
        }
        try {
            SchemaMigrations.apply(ds, "registry", scripts);
        } catch (Exception e) {
            throw new IllegalStateException("migrating the test database failed", e);
        }
        return ds;
    }

    /** Runs one statement (test setup). */
    public static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static URL findScript(int version) {
        ClassLoader cl = TestDatabase.class.getClassLoader();
        try {
            var names = cl.getResources("db/registry");
            while (names.hasMoreElements()) {
                URL dir = names.nextElement();
                java.io.File f = new java.io.File(dir.toURI());
                java.io.File[] match = f.listFiles((d, n) -> n.startsWith("V" + version + "__") && n.endsWith(".sql"));
                if (match != null && match.length == 1) {
                    return match[0].toURI().toURL();
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
