package org.doudi.registry.internal.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.WarningSource;

/**
 * The facts that already raised a warning (any status, ever): preloaded for a month's run, asked per fact for a
 * small input. Facts raised during the run are added as they go. A fact only the city platform reported so far is
 * told apart: our finding it too makes that warning's source BOTH.
 */
final class KnownFacts implements AutoCloseable {
    /** What the warning table knows of a fact. */
    enum Seen {
        /** No warning yet: raise one. */
        NEW,
        /** Raised already (by us, or by both). */
        KNOWN,
        /** Raised only from the city platform's results so far. */
        CITY_ONLY
    }

    private final Set<String> seen;
    private final Set<String> cityOnly;
    private final PreparedStatement probe;

    private KnownFacts(Set<String> seen, Set<String> cityOnly, PreparedStatement probe) {
        this.seen = seen;
        this.cityOnly = cityOnly;
        this.probe = probe;
    }

    /** Every fact hash of warnings of these types. */
    static KnownFacts preload(Connection c, Collection<FeedType> types) throws SQLException {
        Set<String> seen = new HashSet<>();
        Set<String> cityOnly = new HashSet<>();
        String in = types.stream().map(t -> "'" + t.id() + "'").distinct().collect(Collectors.joining(", "));
        if (!in.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT fact_hash, source FROM warning WHERE feed_type IN ("
                    + in + ")")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seen.add(rs.getString(1));
                        if (WarningSource.CITY_PLATFORM.name().equals(rs.getString(2))) {
                            cityOnly.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return new KnownFacts(seen, cityOnly, null);
    }

    /** Asks the warning table per fact. */
    static KnownFacts probing(Connection c) throws SQLException {
        return new KnownFacts(new HashSet<>(), new HashSet<>(), c.prepareStatement(
                "SELECT source FROM warning WHERE fact_hash = ?"));
    }

    /** What is known of a fact; from now on it counts as known. */
    Seen check(String factHash) throws SQLException {
        if (!seen.add(factHash)) {
            return cityOnly.remove(factHash) ? Seen.CITY_ONLY : Seen.KNOWN;
        }
        if (probe != null) {
            probe.setString(1, factHash);
            try (ResultSet rs = probe.executeQuery()) {
                if (rs.next()) {
                    return WarningSource.CITY_PLATFORM.name().equals(rs.getString(1)) ? Seen.CITY_ONLY : Seen.KNOWN;
                }
            }
        }
        return Seen.NEW;
    }

    @Override
    public void close() throws SQLException {
        if (probe != null) {
            probe.close();
        }
    }
}
