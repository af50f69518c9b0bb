package org.doudi.registry.internal.monitoring;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.monitoring.WarningSource;

/**
 * The records of a comparison that name a registered person, held until {@link KnownFacts#IN_LIST} of them (or a
 * commit) and then checked against the warning table in one query: a known fact is counted (and merged with the
 * city platform's warning), a new one raises its warning ({@link FactMatcher}).
 */
final class FactChunk {
    /** A record about a registered person. */
    record Candidate(FeedBatch batch, String source, FeedFact fact, RegisteredPerson person, String hash) {
    }

    private final List<Candidate> candidates = new ArrayList<>(KnownFacts.IN_LIST);
    private final String month;
    private final RegistryLookup registry;
    private final KnownFacts known;
    private final WarningWriter writer;
    private final ComparisonStats stats;

    FactChunk(String month, RegistryLookup registry, KnownFacts known, WarningWriter writer, ComparisonStats stats) {
        this.month = month;
        this.registry = registry;
        this.known = known;
        this.writer = writer;
        this.stats = stats;
    }

    void add(Candidate c) throws SQLException {
        candidates.add(c);
        if (candidates.size() >= KnownFacts.IN_LIST) {
            resolve();
        }
    }

    /** Asks which of the held facts are known and raises the new ones. */
    void resolve() throws SQLException {
        if (candidates.isEmpty()) {
            return;
        }
        KnownFacts.Seen[] seen = known.check(candidates.stream().map(Candidate::hash).toList());
        for (int i = 0; i < seen.length; i++) {
            Candidate c = candidates.get(i);
            if (seen[i] != KnownFacts.Seen.NEW) {
                stats.add("alreadyRaised");
                if (seen[i] == KnownFacts.Seen.CITY_ONLY) {
                    writer.foundToo(c.hash());
                    stats.add("foundByCityToo");
                }
                continue;
            }
            WarningDraft d = FactMatcher.draft(c.batch().type(), c.fact(), c.person(), registry, c.hash(), c.source(),
                    WarningSource.DOUDI, c.batch().id(), month);
            writer.add(d);
            stats.raised(d.severity());
        }
        candidates.clear();
    }
}
