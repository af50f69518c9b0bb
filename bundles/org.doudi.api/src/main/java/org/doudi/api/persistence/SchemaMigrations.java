package org.doudi.api.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Versioned schema migrations for a bundle's tables: never "drop and create". Each bundle ships numbered
 * scripts ({@code V1__init.sql}, {@code V2__...}) under a folder of its own and applies them at activation;
 * applied versions are recorded in {@code doudi_schema_version} per module, so data survives upgrades.
 * Scripts hold portable SQL (Derby and PostgreSQL); statements end with {@code ;} on a line end, and
 * {@code ${clob}} stands for the large-text type of the database at hand.
 */
public final class SchemaMigrations {

    private static final String VERSION_TABLE = "doudi_schema_version";

    private SchemaMigrations() {
    }

    /**
     * Applies, in order, every script of {@code module} not yet applied.
     *
     * @param dataSource the database
     * @param module     the owning module's name, e.g. {@code registry}
     * @param scripts    script URLs by version number, e.g. from {@code Bundle#findEntries}
     * @return the versions applied now
     */
    public static List<Integer> apply(DataSource dataSource, String module, Map<Integer, URL> scripts)
            throws SQLException, IOException {
        List<Integer> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String dialect = c.getMetaData().getDatabaseProductName().toLowerCase();
            ensureVersionTable(c);
            int current = currentVersion(c, module);
            for (Map.Entry<Integer, URL> e : scripts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .collect(Collectors.toList())) {
                if (e.getKey() <= current) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(read(e.getValue()), placeholders(dialect))) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO " + VERSION_TABLE + " (module, version, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                    p.setString(1, module);
                    p.setInt(2, e.getKey());
                    p.executeUpdate();
                }
                c.commit();
                applied.add(e.getKey());
            }
            c.commit(); // ends the read of the current version: Derby refuses to close inside a transaction
        }
        return applied;
    }

    /** The script version encoded in a file name like {@code V12__something.sql}, or -1. */
    public static int versionOf(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        if (!name.startsWith("V") || !name.contains("__") || !name.endsWith(".sql")) {
            return -1;
        }
        try {
            return Integer.parseInt(name.substring(1, name.indexOf("__")));
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    static Function<String, String> placeholders(String dialect) {
        boolean postgres = dialect.contains("postgres");
        return sql -> sql.replace("${clob}", postgres ? "TEXT" : "CLOB");
    }

    static List<String> statements(String script, Function<String, String> placeholders) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(placeholders.apply(sql.substring(0, sql.length() - 1)));
                current.setLength(0);
            }
        }
        if (current.toString().strip().length() > 0) {
            out.add(placeholders.apply(current.toString().strip()));
        }
        return out;
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {VERSION_TABLE, VERSION_TABLE.toUpperCase()}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + VERSION_TABLE + " (module VARCHAR(64) NOT NULL, version INTEGER NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL, PRIMARY KEY (module, version))");
            c.commit();
        } catch (SQLException raced) {
            c.rollback(); // another bundle created it at the same moment
        }
    }

    private static int currentVersion(Connection c, String module) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT MAX(version) FROM " + VERSION_TABLE + " WHERE module = ?")) {
            p.setString(1, module);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                int v = rs.getInt(1);
                return rs.wasNull() ? 0 : v;
            }
        }
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().collect(Collectors.joining("\n"));
        }
    }
}
