package org.doudi.dci.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.records.RecordReader;

/** The core's record store in memory, with its limits (1 MiB bodies, 100 keys): guards run before the write. */
final class FakeStore implements ProgramRecordStore {
    final List<ProgramRecord> records = new ArrayList<>();
    final List<String> actions = new ArrayList<>();
    /** When set, the next update fails (as a store that is briefly down). */
    boolean failNextUpdate;

    private static void limits(RecordDraft d) {
        if (d.body() != null && d.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 1 << 20) {
            throw new IllegalArgumentException("body over 1 MiB");
        }
        if (d.keys().size() > 100) {
            throw new IllegalArgumentException("more than 100 keys");
        }
    }

    @Override
    public synchronized ProgramRecord create(String programId, RecordDraft d, RecordGuard guard, String action,
            WriteContext context) {
        limits(d);
        guard.check(reader(programId));
        Instant now = Instant.parse("2024-10-01T02:00:00Z");
        ProgramRecord r = new ProgramRecord(UUID.randomUUID().toString(), programId, d.kind(), d.householdId(),
                d.street(), d.status(), d.eventDate(), d.dueDate(), d.amount(), d.keys(), d.body(), 1,
                context.actor(), now, context.actor(), now);
        records.add(r);
        actions.add(action);
        return r;
    }

    @Override
    public synchronized ProgramRecord update(String programId, String id, long expectedVersion, RecordDraft d,
            RecordGuard guard, String action, WriteContext context) {
        if (failNextUpdate) {
            failNextUpdate = false;
            throw new IllegalStateException("the store is down");
        }
        limits(d);
        ProgramRecord old = get(programId, id).orElseThrow(() -> DoudiException.notFound("record " + id));
        if (old.version() != expectedVersion) {
            throw DoudiException.stale("record " + id, expectedVersion, old.version());
        }
        guard.check(reader(programId));
        ProgramRecord r = new ProgramRecord(id, programId, old.kind(), d.householdId(), d.street(), d.status(),
                d.eventDate(), d.dueDate(), d.amount(), d.keys(), d.body(), old.version() + 1, old.createdBy(),
                old.createdAt(), context.actor(), old.createdAt());
        records.set(records.indexOf(old), r);
        actions.add(action);
        return r;
    }

    @Override
    public synchronized Optional<ProgramRecord> get(String programId, String id) {
        return records.stream().filter(r -> r.programId().equals(programId) && r.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Page<ProgramRecord> find(String programId, RecordQuery q) {
        List<ProgramRecord> all = matching(programId, q);
        int from = Math.min(all.size(), q.page() * q.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + q.size())), q.page(), q.size(), all.size());
    }

    List<ProgramRecord> ofKind(String kind) {
        return records.stream().filter(r -> r.kind().equals(kind)).collect(Collectors.toList());
    }

    private RecordReader reader(String programId) {
        return new RecordReader() {
            @Override
            public Optional<ProgramRecord> get(String id) {
                return FakeStore.this.get(programId, id);
            }

            @Override
            public List<ProgramRecord> find(RecordQuery query) {
                return FakeStore.this.find(programId, query).items();
            }
        };
    }

    private List<ProgramRecord> matching(String programId, RecordQuery q) {
        return records.stream().filter(r -> r.programId().equals(programId))
                .filter(r -> q.kind() == null || q.kind().equals(r.kind()))
                .filter(r -> q.householdId() == null || q.householdId().equals(r.householdId()))
                .filter(r -> q.street() == null || q.street().equals(r.street()))
                .filter(r -> q.status() == null || q.status().equals(r.status()))
                .filter(r -> q.key() == null || r.keys().contains(q.key()))
                .collect(Collectors.toList());
    }
}
