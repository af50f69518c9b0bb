package org.doudi.registry.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an import must not create twice: households already imported (by their source reference, probed in
 * {@code household_import_ref} a chunk at a time) and ID numbers already claimed by an active member — those in
 * the registry when the import starts (read once into a compact in-memory set) and those this import claims.
 * A claim made by another writer while the import runs is caught by the claim table's primary key instead.
 */
final class ImportDuplicates implements AutoCloseable {
    /** Parameters of one probe statement; a chunk is probed in slices of this size. */
    static final int PROBE_SIZE = 100;
    /** The value of an ID number claimed before the import began (its claims carry their line). */
    static final long IN_REGISTRY = -1;

    private final LongLongMap claimed;
    private final PreparedStatement probeRefs;

    ImportDuplicates(Connection c) throws SQLException {
        long count;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM person_id_claim")) {
            rs.next();
            count = rs.getLong(1);
        }
        claimed = new LongLongMap((int) Math.min(Integer.MAX_VALUE / 4, count + 100_000));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id_number FROM person_id_claim")) {
            while (rs.next()) {
                String id = rs.getString(1);
                if (id != null && id.length() == 18) {
                    claimed.putIfAbsent(LongLongMap.keyOfIdNumber(id), IN_REGISTRY);
                }
            }
        }
        probeRefs = c.prepareStatement("SELECT source_ref FROM household_import_ref WHERE source_ref IN ("
                + String.join(", ", Collections.nCopies(PROBE_SIZE, "?")) + ")");
    }

    /** The references among {@code refs} that an earlier import already created. */
    Set<String> alreadyImported(List<String> refs) throws SQLException {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < refs.size(); from += PROBE_SIZE) {
            List<String> slice = refs.subList(from, Math.min(refs.size(), from + PROBE_SIZE));
            for (int i = 0; i < PROBE_SIZE; i++) {
                probeRefs.setString(i + 1, slice.get(Math.min(i, slice.size() - 1)));
            }
            try (ResultSet rs = probeRefs.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
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
        probeRefs.close();
    }
}
