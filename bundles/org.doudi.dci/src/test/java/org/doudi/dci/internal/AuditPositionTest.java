package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.audit.AuditEvent;
import org.doudi.api.audit.AuditQuery;
import org.doudi.api.audit.AuditTrail;
import org.doudi.api.audit.AuditVerification;
import org.junit.Test;

public class AuditPositionTest {

    /** The trail in memory; records the pages asked for. */
    static final class Trail implements AuditTrail {
        final List<AuditEvent> entries = new ArrayList<>();
        final List<AuditQuery> asked = new ArrayList<>();

        void add(Instant at) {
            entries.add(new AuditEvent(entries.size() + 1, at, "a", "X", null, null, null, null, null));
        }

        @Override
        public Page<AuditEvent> find(AuditQuery q) {
            asked.add(q);
            List<AuditEvent> all = entries.stream().filter(e -> q.from() == null
                    || !e.at().atZone(DoudiClock.ZONE).toLocalDate().isBefore(q.from())).toList();
            int from = Math.min(all.size(), q.page() * q.size());
            return new Page<>(all.subList(from, Math.min(all.size(), from + q.size())), q.page(), q.size(),
                    all.size());
        }

        @Override
        public AuditVerification verify() {
            throw new UnsupportedOperationException();
        }
    }

    private static List<Long> readAll(AuditPosition p, Trail t) {
        List<Long> ids = new ArrayList<>();
        for (List<AuditEvent> batch = p.next(t); !batch.isEmpty(); batch = p.next(t)) {
            AuditEvent last = null;
            for (AuditEvent a : batch) {
                ids.add(a.id());
                p.read(a);
                last = a;
            }
            p.advanceDay(t, last);
        }
        return ids;
    }

    @Test
    public void readsFromTheDayOfTheLastEntryNotFromTheStartOfTheTrail() {
        Trail t = new Trail();
        Instant day1 = Instant.parse("2025-01-01T02:00:00Z");
        for (int i = 0; i < 1000; i++) {
            t.add(day1.plusSeconds(i));
        }
        AuditPosition p = AuditPosition.parse(DciJson.parse("{\"offset\":0}"));
        assertEquals(1000, readAll(p, t).size());
        assertEquals(LocalDate.of(2025, 1, 1), p.day);
        Instant day2 = Instant.parse("2025-01-02T02:00:00Z");
        for (int i = 0; i < 450; i++) {
            t.add(day2.plusSeconds(i));
        }
        List<Long> ids = readAll(p, t);
        assertEquals(450, ids.size());
        assertEquals(1001L, (long) ids.get(0));
        assertEquals(LocalDate.of(2025, 1, 2), p.day);
        assertEquals(1450, p.offset);
        t.asked.clear();
        t.add(day2.plusSeconds(1000));
        assertEquals(List.of(1451L), readAll(p, t));
        assertTrue("no page of the whole trail", t.asked.stream().allMatch(q -> q.from() != null && q.page() < 3));
        AuditPosition stored = AuditPosition.parse(p.toJson());
        t.add(day2.plusSeconds(2000));
        assertEquals(List.of(1452L), readAll(stored, t));
    }

    @Test
    public void aPositionThatDoesNotMatchIsFoundAgain() {
        Trail t = new Trail();
        Instant day = Instant.parse("2025-01-01T02:00:00Z");
        for (int i = 0; i < 10; i++) {
            t.add(day.plusSeconds(i));
        }
        AuditPosition p = AuditPosition.parse(DciJson.parse("{\"offset\":5,\"last_id\":7,\"day\":\"2025-01-01\","
                + "\"in_day\":5}"));
        assertEquals(List.of(8L, 9L, 10L), readAll(p, t));
        AuditPosition lost = AuditPosition.parse(DciJson.parse("{\"offset\":3,\"last_id\":4,\"day\":\"2025-03-01\","
                + "\"in_day\":0}"));
        assertEquals(List.of(5L, 6L, 7L, 8L, 9L, 10L), readAll(lost, t));
    }

    @Test
    public void aLongDayReadFromTheWholeTrailMovesToTheDayWindowAtItsEnd() {
        Trail t = new Trail();
        Instant day = Instant.parse("2025-01-01T02:00:00Z");
        for (int i = 0; i < 700; i++) {
            t.add(day.plusSeconds(i));
        }
        AuditPosition p = AuditPosition.parse(DciJson.parse("{\"offset\":0}"));
        assertEquals(700, readAll(p, t).size());
        assertEquals(LocalDate.of(2025, 1, 1), p.day);
        assertEquals(700, p.inDay);
    }
}
