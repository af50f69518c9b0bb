package org.doudi.registry.internal.records;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.Digests;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeFixture;
import org.junit.Test;

/** The review's findings on the program record store: audit snapshots, lock rows, transactions, far pages, index. */
public class ProgramRecordReviewTest {
    private static final String PROGRAM = "temporary-relief";
    private static final WriteContext CTX = WriteContext.of("clerk", "granted");
    private static final String BODY = "{\"applicant\":\"张三\",\"idNumber\":\"310101196001011234\"}";
    private final StaffRelativeFixture f = new StaffRelativeFixture();
    private final ProgramRecordRegistry store = new ProgramRecordRegistry();
    private final AtomicInteger transactions = new AtomicInteger();

    public ProgramRecordReviewTest() throws ReflectiveOperationException {
        JpaTemplate counting = (JpaTemplate) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {JpaTemplate.class}, (p, m, args) -> {
                    if (m.getName().startsWith("tx")) {
                        transactions.incrementAndGet();
                    }
                    try {
                        return m.invoke(f.jpa, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        StaffRelativeFixture.set(store, "jpa", counting);
        StaffRelativeFixture.set(store, "clock", f.clock);
    }

    private static RecordDraft grant(String status, String body) {
        return new RecordDraft("small-grant", "h-1", "tianshanlu", status, LocalDate.of(2025, 3, 20),
                LocalDate.of(2025, 6, 20), new BigDecimal("800"), List.of("person:p1", "event:fire"), body);
    }

    private JsonNode payload(String id, long version) throws Exception {
        String json = f.query("SELECT payload FROM audit_event WHERE entity_id = ? AND entity_version = ?", id,
                version);
        assertNotNull("the audit entry of version " + version + " has a payload", json);
        assertFalse("the body is not copied into the audit trail: " + json, json.contains("310101196001011234"));
        return new ObjectMapper().readTree(json);
    }

    @Test
    public void createAndUpdateAuditASnapshotWithTheBodysHashNotTheBody() throws Exception {
        ProgramRecord r = store.create(PROGRAM, grant("GRANTED", BODY), RecordGuard.NONE, "SMALL_GRANT_MADE", CTX);
        store.update(PROGRAM, r.id(), 1, grant("REVIEWED", null), RecordGuard.NONE, "SMALL_GRANT_REVIEWED", CTX);
        JsonNode created = payload(r.id(), 1);
        assertEquals("GRANTED", created.path("status").asText());
        assertEquals("800.00", created.path("amount").asText());
        assertEquals("2025-06-20", created.path("dueDate").asText());
        assertEquals("[\"event:fire\",\"person:p1\"]", created.path("keys").toString());
        assertEquals(Digests.sha256(BODY), created.path("bodySha256").asText());
        JsonNode updated = payload(r.id(), 2);
        assertEquals("REVIEWED", updated.path("status").asText());
        assertTrue(updated.toString(), updated.path("bodySha256").isNull());
        assertEquals("the previous content stays in the trail", "GRANTED", payload(r.id(), 1).path("status")
                .asText());
    }

    @Test
    public void aWriteOfAKindWithItsLockRowRunsOneTransaction() {
        ProgramRecord r = store.create(PROGRAM, grant("GRANTED", null), RecordGuard.NONE, "SMALL_GRANT_MADE", CTX);
        transactions.set(0);
        store.create(PROGRAM, grant("GRANTED", null), RecordGuard.NONE, "SMALL_GRANT_MADE", CTX);
        assertEquals(1, transactions.get());
        transactions.set(0);
        store.update(PROGRAM, r.id(), 1, grant("REVIEWED", null), RecordGuard.NONE, "SMALL_GRANT_REVIEWED", CTX);
        assertEquals(1, transactions.get());
        assertEquals("3", f.query("SELECT writes FROM program_record_lock WHERE program_id = ? AND kind = ?", PROGRAM,
                "small-grant"));
    }

    @Test
    public void anUpdateChangingTheKindCreatesNoLockRowForIt() {
        ProgramRecord r = store.create(PROGRAM, grant("GRANTED", null), RecordGuard.NONE, "SMALL_GRANT_MADE", CTX);
        try {
            store.update(PROGRAM, r.id(), 1, new RecordDraft("help-plan", null, null, null, null, null, null,
                    List.of(), null), RecordGuard.NONE, "HELP_PLAN_MADE", CTX);
            fail("the kind cannot change");
        } catch (ValidationException e) {
            assertEquals("kind", e.violations().get(0).field());
        }
        assertEquals("0", f.query("SELECT COUNT(*) FROM program_record_lock WHERE kind = 'help-plan'"));
    }

    @Test
    public void aPageBeyondAMillionRecordsIsRefusedRatherThanOverflowing() {
        store.create(PROGRAM, grant("GRANTED", null), RecordGuard.NONE, "SMALL_GRANT_MADE", CTX);
        assertEquals(0, store.find(PROGRAM, query(1000, 1000)).items().size());
        for (int page : new int[] {1001, Integer.MAX_VALUE / 2, Integer.MAX_VALUE}) {
            try {
                store.find(PROGRAM, query(page, 1000));
                fail("page " + page + " of 1000 is out of range");
            } catch (ValidationException e) {
                assertEquals("page", e.violations().get(0).field());
            }
        }
    }

    private static RecordQuery query(int page, int size) {
        return new RecordQuery("small-grant", null, null, null, null, null, null, null, page, size);
    }

    @Test
    public void recordPagesHaveAnIndexInTheirOrder() {
        assertEquals("1", f.query("SELECT COUNT(*) FROM sys.sysconglomerates c JOIN sys.systables t"
                + " ON t.tableid = c.tableid WHERE t.tablename = 'PROGRAM_RECORD'"
                + " AND c.conglomeratename = 'PROGRAM_RECORD_ORDER_IX'"));
    }
}
