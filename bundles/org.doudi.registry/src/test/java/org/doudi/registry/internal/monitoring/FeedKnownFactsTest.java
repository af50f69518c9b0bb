package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Known facts are asked per chunk, in IN lists of 8 hashes, nothing preloaded. */
public class FeedKnownFactsTest {
    private final MonitoringFixture f = new MonitoringFixture();

    @Test
    public void aChunkOfManyHashesIsAnsweredInSlicesAndAFactMetTwiceIsKnownTheSecondTime() throws Exception {
        insert("hash-5", "DOUDI");
        insert("hash-700", "CITY_PLATFORM");
        insert("hash-1199", "BOTH");
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            hashes.add("hash-" + i);
        }
        hashes.add("hash-42"); // twice in one chunk
        try (Connection c = f.ds.getConnection(); KnownFacts known = new KnownFacts(c)) {
            c.setAutoCommit(false);
            KnownFacts.Seen[] seen = known.check(hashes);
            assertEquals(KnownFacts.Seen.KNOWN, seen[5]);
            assertEquals(KnownFacts.Seen.CITY_ONLY, seen[700]);
            assertEquals(KnownFacts.Seen.KNOWN, seen[1199]);
            assertEquals(KnownFacts.Seen.NEW, seen[42]);
            assertEquals(KnownFacts.Seen.KNOWN, seen[1200]);
            long fresh = java.util.Arrays.stream(seen).filter(s -> s == KnownFacts.Seen.NEW).count();
            assertEquals(1_197, fresh);
            assertEquals(KnownFacts.Seen.KNOWN, known.check(List.of("hash-700"))[0]); // met once already
            assertEquals(KnownFacts.Seen.NEW, known.check(List.of("hash-1200"))[0]);
            c.commit();
        }
    }

    private void insert(String hash, String source) {
        f.sql("INSERT INTO warning (id, fact_hash, feed_type, severity, status, suggested_action, person_id, id_number,"
                + " household_id, street, fact_date, facts, suspension_due, source, run_month, raised_at, version)"
                + " VALUES (?, ?, 'vehicle', 'LOW', 'OPEN', 'UPDATE_RECORD', 'p', '310105196001011007', 'h',"
                + " 'huayanglu', ?, 'x', FALSE, ?, '2024-10', ?, 0)", java.util.UUID.randomUUID().toString(), hash,
                java.time.LocalDate.of(2024, 10, 1), source, java.sql.Timestamp.valueOf("2024-10-01 00:00:00"));
    }
}
