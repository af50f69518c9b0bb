package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.Warning;
import org.junit.Test;

public class WarningCursorTest {
    private static final Instant JOB = Instant.parse("2025-02-01T02:00:00Z");

    static Warning warning(String id, Instant raisedAt) {
        return new Warning(id, FeedType.DEATH, null, null, null, "p-" + id, null, null, "h1", "tianshanlu", null,
                null, null, null, List.of(), List.of(), null, null, raisedAt, 0, null, null, null, null, 0, List.of());
    }

    @Test
    public void aJobOfManyThousandWarningsFitsTheRecordAndIsReadOnce() {
        WarningCursor c = new WarningCursor();
        List<Warning> job = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            job.add(warning(UUID.randomUUID().toString(), JOB));
        }
        job.forEach(c::mark);
        String json = DciJson.write(c.toJson());
        assertTrue("stored in " + json.length() + " bytes", json.getBytes(StandardCharsets.UTF_8).length < 400_000);
        WarningCursor read = WarningCursor.parse(DciJson.parse(json));
        assertEquals(25_000, read.size());
        assertTrue(read.fresh(job).isEmpty());
        Warning later = warning(UUID.randomUUID().toString(), JOB);
        List<Warning> again = new ArrayList<>(job);
        again.add(later);
        assertEquals("a later chunk of the same job", List.of(later), read.fresh(again));
    }

    @Test
    public void itKeepsAtMostItsBoundAndForgetsTheEarliest() {
        WarningCursor c = new WarningCursor();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            c.mark(warning("w" + i, JOB.plusMillis(i)));
        }
        assertTrue(c.size() < n);
        assertFalse("the earliest are forgotten", c.seen(warning("w0", JOB)));
        assertTrue(c.seen(warning("w" + (n - 1), JOB.plusMillis(n - 1))));
        String json = DciJson.write(c.toJson());
        assertTrue(json.length() + " bytes", json.length() < 900_000);
        assertEquals(c.size(), WarningCursor.parse(DciJson.parse(json)).size());
    }

    @Test
    public void earlierCursorsWithIdListsAreStillRead() {
        WarningCursor c = WarningCursor.parse(DciJson.parse("{\"since\":\"" + JOB + "\",\"seen\":{\"" + JOB
                + "\":[\"a\",\"b\"]}}"));
        assertTrue(c.seen(warning("a", JOB)));
        assertEquals(List.of("c"), c.fresh(List.of(warning("a", JOB), warning("c", JOB))).stream().map(Warning::id)
                .toList());
        assertTrue("forgotten past the overlap", c.fresh(List.of(warning("x", JOB.minus(WarningCursor.OVERLAP)
                .minusSeconds(1)))).isEmpty());
    }
}
