package org.doudi.registry.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an import must not create twice: households already imported (by their source reference, looked up in
 * {@code household_import_ref}; not at all when no import ever wrote one) and ID numbers already claimed by an
 * active member — those in the registry when the import starts (read once into a compact in-memory set) and those
 * this import claims. What another writer registers while the import runs is caught by the tables' primary keys
 * instead ({@link ChunkWriter}).
 */
final class ImportDuplicates implements AutoCloseable {
    /** The value of an ID number claimed before the import began (its claims carry their line). */
    static final long IN_REGISTRY = -1;

    private final LongLongMap claimed;
    private final PreparedStatement probeRef;

    ImportDuplicates(Connection c) throws SQLException {
        long count;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM person_id_claim")) {
            rs.next();
            count = rs.getLong(1);
        }
        claimed = new LongLongMap((int) Math.min(Integer.MAX_VALUE / 4, count + 100_000));
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id_number FROM person_id_claim")) {
            while (rs.next()) {
                String id = rs.getString(1);
                if (id != null && id.length() == 18) {
                    claimed.putIfAbsent(LongLongMap.keyOfIdNumber(id), IN_REGISTRY);
                }
            }
        }
        boolean anyImported;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM household_import_ref")) {
            rs.next();
            anyImported = rs.getLong(1) > 0;
        }
        // one key at a time: an IN list compiled while the table is small is planned as a table scan, and kept
        probeRef = anyImported
                ? c.prepareStatement("SELECT source_ref FROM household_import_ref WHERE source_ref = ?") : null;
    }

    /** The references among {@code refs} that an earlier import already created. */
    Set<String> alreadyImported(List<String> refs) throws SQLException {
        if (probeRef == null) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        for (String ref : refs) {
            probeRef.setString(1, ref);
            try (ResultSet rs = probeRef.executeQuery()) {
                if (rs.next()) {
                    found.add(ref);
                }
            }
        }
        return found;
    }

    /**
     * Who holds {@code idNumber} (normalised): 0 when nobody, {@link #IN_REGISTRY} for a household registered before
     * the import, else the line of this file's household that claimed it.
     */
    long holder(String idNumber) {
        return claimed.get(LongLongMap.keyOfIdNumber(idNumber), 0);
    }

    /** Records that the household at {@code line} claims {@code idNumber}. */
    void claim(String idNumber, long line) {
        claimed.putIfAbsent(LongLongMap.keyOfIdNumber(idNumber), line);
    }

    @Override
    public void close() throws SQLException {
        if (probeRef != null) {
            probeRef.close();
        }
    }
}
