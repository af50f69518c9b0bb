package org.doudi.registry.internal.supervision.reconciliation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.registry.EndReason;

/**
 * The registry's households behind ID numbers, asked in chunks of {@link #CHUNK}: an active person through
 * {@code person_id_claim}, a person who left (died, moved out) through their ended {@code household_member} rows.
 * Only the file's ID numbers are read, not the whole registry.
 */
final class PersonLookup {
    static final int CHUNK = 500;

    private static final Comparator<Membership> ORDER = Comparator.comparing(Membership::active).reversed()
            .thenComparing(Membership::endedOn, Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(Membership::householdId);

    @FunctionalInterface
    private interface SqlRow {
        void accept(ResultSet rs) throws SQLException;
    }

    private PersonLookup() {
    }

    /** ID number → memberships, the active one first, then the ended ones, latest first. */
    static Map<String, List<Membership>> memberships(Connection c, Collection<String> idNumbers) throws SQLException {
        Map<String, List<Membership>> found = new HashMap<>();
        chunked(c, idNumbers, "SELECT p.id_number, p.household_id, h.street FROM person_id_claim p"
                + " JOIN household h ON h.id = p.household_id WHERE p.id_number IN ",
                rs -> add(found, rs.getString(1), new Membership(rs.getString(2), rs.getString(3), null, null)));
        chunked(c, idNumbers, "SELECT m.id_number, m.household_id, h.street, m.ended_on, m.end_reason"
                + " FROM household_member m JOIN household h ON h.id = m.household_id"
                + " WHERE m.ended_on IS NOT NULL AND m.id_number IN ", rs -> {
                    String reason = rs.getString(5);
                    add(found, rs.getString(1), new Membership(rs.getString(2), rs.getString(3),
                            rs.getDate(4).toLocalDate(), reason == null ? null : EndReason.valueOf(reason)));
                });
        found.values().forEach(l -> l.sort(ORDER));
        return found;
    }

    /** Household → the ID number of its first active member with one (the head, normally). */
    static Map<String, String> heads(Connection c, Collection<String> householdIds) throws SQLException {
        Map<String, String> heads = new HashMap<>();
        Map<String, Integer> seqs = new HashMap<>();
        chunked(c, householdIds, "SELECT household_id, id_number, seq FROM household_member"
                + " WHERE ended_on IS NULL AND id_number IS NOT NULL AND household_id IN ", rs -> {
                    String household = rs.getString(1);
                    int seq = rs.getInt(3);
                    Integer best = seqs.get(household);
                    if (best == null || seq < best) {
                        seqs.put(household, seq);
                        heads.put(household, rs.getString(2));
                    }
                });
        return heads;
    }

    private static void add(Map<String, List<Membership>> found, String idNumber, Membership m) {
        found.computeIfAbsent(idNumber, k -> new ArrayList<>(1)).add(m);
    }

    private static void chunked(Connection c, Collection<String> keys, String sql, SqlRow row) throws SQLException {
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement(sql + "(" + String.join(",",
                    Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                }
            }
        }
    }
}
