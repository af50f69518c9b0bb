package org.doudi.dci.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.records.RecordReader;

/** A record store in memory for unit tests, with the audit actions written and a hook to fail writes. */
final class MemoryStore implements ProgramRecordStore {
    final Map<String, ProgramRecord> records = new LinkedHashMap<>();
    final List<String> actions = new ArrayList<>();
    /** Writes of drafts matching this fail with a 409. */
    Predicate<RecordDraft> failing = d -> false;
    Instant now = Instant.parse("2025-02-01T00:00:00Z");

    @Override
    public synchronized ProgramRecord create(String programId, RecordDraft d, RecordGuard guard, String action,
            WriteContext context) {
        if (failing.test(d)) {
            throw DoudiException.conflict("refused by the test");
        }
        guard.check(new RecordReader() {
            @Override
            public Optional<ProgramRecord> get(String id) {
                return MemoryStore.this.get(programId, id);
            }

            @Override
            public List<ProgramRecord> find(RecordQuery query) {
                return MemoryStore.this.find(programId, query).items();
            }
        });
        ProgramRecord r = new ProgramRecord(UUID.randomUUID().toString(), programId, d.kind(), d.householdId(),
                d.street(), d.status(), d.eventDate(), d.dueDate(), d.amount(), d.keys(), d.body(), 1, "t", now, "t",
                now);
        records.put(r.id(), r);
        actions.add(action);
        return r;
    }

    @Override
    public synchronized ProgramRecord update(String programId, String id, long expectedVersion, RecordDraft d,
            RecordGuard guard, String action, WriteContext context) {
        ProgramRecord old = records.get(id);
        if (old == null) {
            throw DoudiException.notFound(id);
        }
        if (old.version() != expectedVersion) {
            throw DoudiException.stale(id, expectedVersion, old.version());
        }
        if (failing.test(d)) {
            throw DoudiException.conflict("refused by the test");
        }
        ProgramRecord r = new ProgramRecord(id, programId, d.kind(), d.householdId(), d.street(), d.status(),
                d.eventDate(), d.dueDate(), d.amount(), d.keys(), d.body(), old.version() + 1, old.createdBy(),
                old.createdAt(), "t", now);
        records.put(id, r);
        actions.add(action);
        return r;
    }

    @Override
    public synchronized Optional<ProgramRecord> get(String programId, String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized Page<ProgramRecord> find(String programId, RecordQuery q) {
        List<ProgramRecord> all = new ArrayList<>();
        for (ProgramRecord r : records.values()) {
            if ((q.kind() == null || q.kind().equals(r.kind())) && (q.status() == null || q.status().equals(r.status()))
                    && (q.key() == null || r.keys().contains(q.key()))
                    && (q.dueBefore() == null || (r.dueDate() != null && r.dueDate().isBefore(q.dueBefore())))) {
                all.add(r);
            }
        }
        int from = Math.min(all.size(), q.page() * q.size());
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + q.size()))), q.page(), q.size(),
                all.size());
    }

    synchronized List<ProgramRecord> ofKind(String kind) {
        return records.values().stream().filter(r -> r.kind().equals(kind)).toList();
    }
}
