package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.api.monitoring.WarningSource;

/**
 * Which facts already raised a warning (any status, ever), asked per chunk of the comparison: the chunk's fact
 * hashes (at most {@link #IN_LIST}) go to the warning table in {@code IN} lists of {@link #PROBE} (the unique index
 * on {@code fact_hash} answers each), so the cost follows this run's matches, not the table's whole history (the
 * earlier preload read every fact hash ever raised). Facts met during the run count as known from then on (a fact
 * twice in the feeds raises once). A fact only the city platform reported so far is told apart: our finding it too
 * makes that warning's source BOTH.
 *
 * <p>Why lists of 8: Derby compiles the statement once, typically while the run's first warnings are being written;
 * with a long list (500) on a small table it picks a table scan and keeps it as the table grows (measured: 100
 * queries of 500 hashes took 104 s by 50,000 warnings). Lists of 8 stay on the index (50,000 hashes in about 0.6 s
 * at that size, like one query per hash) with an eighth of the round trips, which matters on PostgreSQL.
 */
final class KnownFacts implements AutoCloseable {
    /** The most fact hashes asked per chunk. */
    static final int IN_LIST = 500;
    /** The fact hashes asked in one query (a shorter list is padded with its last hash). */
    static final int PROBE = 8;

    /** What the warning table knows of a fact. */
    enum Seen {
        /** No warning yet: raise one. */
        NEW,
        /** Raised already (by us, or by both). */
        KNOWN,
        /** Raised only from the city platform's results so far. */
        CITY_ONLY
    }

    private final Connection c;
    private final Set<String> met = new HashSet<>();
    private PreparedStatement probe;

    KnownFacts(Connection c) {
        this.c = c;
    }

    /** What is known of each fact, in order; from now on each counts as met. */
    Seen[] check(List<String> hashes) throws SQLException {
        Set<String> ask = new LinkedHashSet<>();
        for (String h : hashes) {
            if (!met.contains(h)) {
                ask.add(h);
            }
        }
        Map<String, String> sources = sources(new ArrayList<>(ask));
        Seen[] out = new Seen[hashes.size()];
        for (int i = 0; i < out.length; i++) {
            String h = hashes.get(i);
            if (!met.add(h)) {
                out[i] = Seen.KNOWN;
            } else {
                String source = sources.get(h);
                out[i] = source == null ? Seen.NEW
                        : WarningSource.CITY_PLATFORM.name().equals(source) ? Seen.CITY_ONLY : Seen.KNOWN;
            }
        }
        return out;
    }

    /** The source of each warning raised for one of these facts. */
    private Map<String, String> sources(List<String> hashes) throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (probe == null && !hashes.isEmpty()) {
            probe = c.prepareStatement("SELECT fact_hash, source FROM warning WHERE fact_hash IN (?"
                    + ", ?".repeat(PROBE - 1) + ")");
        }
        for (int from = 0; from < hashes.size(); from += PROBE) {
            int to = Math.min(hashes.size(), from + PROBE);
            for (int i = 0; i < PROBE; i++) {
                probe.setString(i + 1, hashes.get(Math.min(from + i, to - 1)));
            }
            try (ResultSet rs = probe.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        if (probe != null) {
            probe.close();
        }
    }
}
