package org.doudi.registry.internal.records;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeFixture;
import org.junit.Test;

/** The program record store on real SQL: writes with their audit, guards under the kind's lock, versions, queries. */
public class ProgramRecordRegistryTest {
    private static final String PROGRAM = "temporary-relief";
    private static final WriteContext CTX = WriteContext.of("clerk", "granted");
    private final StaffRelativeFixture f = new StaffRelativeFixture();
    private final ProgramRecordRegistry store = new ProgramRecordRegistry();

    public ProgramRecordRegistryTest() throws ReflectiveOperationException {
        StaffRelativeFixture.set(store, "jpa", f.jpa);
        StaffRelativeFixture.set(store, "clock", f.clock);
    }

    private static RecordDraft grant(String person, String amount) {
        return new RecordDraft("small-grant", "h-1", "tianshanlu", "GRANTED", LocalDate.of(2025, 3, 20),
                LocalDate.of(2025, 6, 20), new BigDecimal(amount), List.of("person:" + person, "event:fire"),
                "{\"note\":\"fire\"}");
    }

    /** Refuses a second grant to the same person: it reads what exists inside the write's transaction. */
    private static RecordGuard oncePer(String person) {
        return existing -> {
            if (!existing.find(RecordQuery.ofKind("small-grant").withKey("person:" + person)).isEmpty()) {
                throw new ValidationException("keys", "duplicate", person + " already has a grant");
            }
        };
    }

    private int count(String sql) {
        return Integer.parseInt(f.query(sql));
    }

    @Test
    public void aRecordIsStoredWithItsKeysAndAuditedAsProgramSlashKind() {
        ProgramRecord r = store.create(PROGRAM, grant("p1", "800.5"), RecordGuard.NONE, "SMALL_GRANT_MADE", CTX);
        assertEquals(1, r.version());
        assertEquals(new BigDecimal("800.50"), r.amount());
        assertEquals(List.of("event:fire", "person:p1"), r.keys());
        ProgramRecord read = store.get(PROGRAM, r.id()).orElseThrow();
        assertEquals(r.keys(), read.keys());
        assertEquals("{\"note\":\"fire\"}", read.body());
        assertEquals("clerk", read.createdBy());
        assertEquals("temporary-relief/small-grant", f.query("SELECT entity_type FROM audit_event"
                + " WHERE entity_id = ? AND event_action = 'SMALL_GRANT_MADE'", r.id()));
        assertTrue("another program does not see it", store.get("charity", r.id()).isEmpty());
    }

    @Test
    public void theGuardSeesTheRecordsCreatedBeforeAndARefusalWritesNothing() {
        store.create(PROGRAM, grant("p1", "500"), oncePer("p1"), "SMALL_GRANT_MADE", CTX);
        int audit = count("SELECT COUNT(*) FROM audit_event");
        try {
            store.create(PROGRAM, grant("p1", "300"), oncePer("p1"), "SMALL_GRANT_MADE", CTX);
            fail("second grant to p1");
        } catch (ValidationException e) {
            assertEquals("keys", e.violations().get(0).field());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM program_record"));
        assertEquals(2, count("SELECT COUNT(*) FROM program_record_key"));
        assertEquals(audit, count("SELECT COUNT(*) FROM audit_event"));
        store.create(PROGRAM, grant("p2", "300"), oncePer("p2"), "SMALL_GRANT_MADE", CTX);
        assertEquals(2, count("SELECT COUNT(*) FROM program_record"));
    }

    @Test
    public void concurrentWritersOfOneKindAreSerialisedSoTheGuardHolds() throws Exception {
        store.create(PROGRAM, grant("warm-up", "1"), RecordGuard.NONE, "SMALL_GRANT_MADE", CTX); // the lock row
        CountDownLatch inGuard = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordGuard first = existing -> {
            oncePer("p9").check(existing);
            inGuard.countDown();
            await(release);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> store.create(PROGRAM, grant("p9", "100"), first, "SMALL_GRANT_MADE", CTX));
            assertTrue(inGuard.await(30, TimeUnit.SECONDS));
            Future<?> b = pool.submit(() -> store.create(PROGRAM, grant("p9", "100"), oncePer("p9"),
                    "SMALL_GRANT_MADE", CTX));
            release.countDown();
            List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
            for (Future<?> w : List.of(a, b)) {
                try {
                    w.get(60, TimeUnit.SECONDS);
                    outcomes.add("written");
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(String.valueOf(e.getCause()), e.getCause() instanceof ValidationException);
                    outcomes.add("refused");
                }
            }
            assertEquals(List.of("written", "refused"), outcomes);
            assertEquals("1", f.query("SELECT COUNT(*) FROM program_record_key WHERE key_value = 'person:p9'"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    public void anUpdateNeedsTheCurrentVersionAndKeepsTheKind() {
        ProgramRecord r = store.create(PROGRAM, grant("p1", "500"), RecordGuard.NONE, "SMALL_GRANT_MADE", CTX);
        RecordDraft reviewed = new RecordDraft("small-grant", "h-1", "tianshanlu", "REVIEWED", null, null,
                new BigDecimal("500"), List.of("person:p1", "person:p2"), null);
        ProgramRecord u = store.update(PROGRAM, r.id(), 1, reviewed, RecordGuard.NONE, "SMALL_GRANT_REVIEWED",
                WriteContext.of("reviewer", "reviewed"));
        assertEquals(2, u.version());
        assertEquals("reviewer", u.updatedBy());
        assertEquals(List.of("person:p1", "person:p2"), store.get(PROGRAM, r.id()).orElseThrow().keys());
        assertEquals(1, store.find(PROGRAM, RecordQuery.ofKind("small-grant").withKey("person:p2")).total());
        assertEquals(0, store.find(PROGRAM, RecordQuery.ofKind("small-grant").withKey("event:fire")).total());
        expect(412, () -> store.update(PROGRAM, r.id(), 1, reviewed, RecordGuard.NONE, "SMALL_GRANT_REVIEWED", CTX));
        RecordDraft otherKind = new RecordDraft("help-plan", null, null, null, null, null, null, List.of(), null);
        expect(422, () -> store.update(PROGRAM, r.id(), 2, otherKind, RecordGuard.NONE, "X", CTX));
        expect(404, () -> store.update("charity", r.id(), 2, reviewed, RecordGuard.NONE, "X", CTX));
        expect(404, () -> store.update(PROGRAM, "no-such-record", 1, reviewed, RecordGuard.NONE, "X", CTX));
    }

    @Test
    public void draftsOutOfBoundsAreRefusedNamingTheField() {
        assertField("kind", () -> store.create(PROGRAM, new RecordDraft("Small_Grant", null, null, null, null, null,
                null, List.of(), null), RecordGuard.NONE, "X", CTX));
        assertField("amount", () -> store.create(PROGRAM, grant("p1", "1.005"), RecordGuard.NONE, "X", CTX));
        assertField("action", () -> store.create(PROGRAM, grant("p1", "1"), RecordGuard.NONE, "made", CTX));
        assertField("programId", () -> store.create("Temporary Relief", grant("p1", "1"), RecordGuard.NONE, "X", CTX));
        assertField("keys[0]", () -> store.create(PROGRAM, new RecordDraft("small-grant", null, null, null, null,
                null, null, List.of("k".repeat(101)), null), RecordGuard.NONE, "X", CTX));
        assertField("body", () -> store.create(PROGRAM, new RecordDraft("small-grant", null, null, null, null,
                null, null, List.of(), "x".repeat((1 << 20) + 1)), RecordGuard.NONE, "X", CTX));
        assertEquals(0, count("SELECT COUNT(*) FROM program_record"));
    }

    @Test
    public void findFiltersPagesAndCountsOldestFirst() {
        for (int i = 0; i < 5; i++) {
            store.create(PROGRAM, new RecordDraft("small-grant", "h-" + (i % 2), "tianshanlu", i < 3 ? "OPEN" : "DONE",
                    LocalDate.of(2025, 3, 1 + i), LocalDate.of(2025, 4, 1 + i), null, List.of("n:" + i), null),
                    RecordGuard.NONE, "SMALL_GRANT_MADE", CTX);
        }
        store.create(PROGRAM, new RecordDraft("help-plan", "h-0", null, "OPEN", null, null, null, List.of(), null),
                RecordGuard.NONE, "HELP_PLAN_MADE", CTX);
        Page<ProgramRecord> open = store.find(PROGRAM, new RecordQuery("small-grant", null, null, "OPEN", null, null,
                null, null, 0, 2));
        assertEquals(3, open.total());
        assertEquals(2, open.items().size());
        List<String> both = new ArrayList<>(open.items().stream().flatMap(r -> r.keys().stream()).toList());
        both.addAll(store.find(PROGRAM, new RecordQuery("small-grant", null, null, "OPEN", null, null, null, null, 1,
                2)).items().get(0).keys());
        Collections.sort(both);
        assertEquals("created at the same instant: the pages still split them", List.of("n:0", "n:1", "n:2"), both);
        assertEquals(4, store.find(PROGRAM, new RecordQuery(null, "h-0", null, null, null, null, null, null, 0, 10))
                .total());
        assertEquals(2, store.find(PROGRAM, new RecordQuery("small-grant", null, null, null, null,
                LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 3), null, 0, 10)).total());
        assertEquals(2, store.find(PROGRAM, new RecordQuery("small-grant", null, null, null, null, null, null,
                LocalDate.of(2025, 4, 3), 0, 10)).total());
        assertEquals(0, store.find("charity", RecordQuery.ofKind("small-grant")).total());
        assertField("size", () -> store.find(PROGRAM, new RecordQuery(null, null, null, null, null, null, null, null,
                0, 1001)));
    }

    private static void expect(int status, Runnable call) {
        try {
            call.run();
            fail("expected " + status);
        } catch (DoudiException e) {
            assertEquals(e.getMessage(), status, e.status());
        }
    }

    private static void assertField(String field, Runnable call) {
        try {
            call.run();
            fail("expected a violation of " + field);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), field, e.violations().get(0).field());
        }
    }
}
