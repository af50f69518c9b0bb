package org.doudi.program.temporaryrelief.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

/** The core's record store in memory: runs the guard, then stores; remembers the audit actions. */
final class FakeRecordStore implements ProgramRecordStore {
    final List<ProgramRecord> records = new ArrayList<>();
    final List<String> actions = new ArrayList<>();

    @Override
    public synchronized ProgramRecord create(String programId, RecordDraft d, RecordGuard guard, String action,
            WriteContext context) {
        guard.check(reader(programId));
        Instant now = Instant.now();
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
        ProgramRecord old = get(programId, id).orElseThrow(() -> DoudiException.notFound("record " + id));
        if (old.version() != expectedVersion) {
            throw DoudiException.stale("record " + id, expectedVersion, old.version());
        }
        guard.check(reader(programId));
        ProgramRecord r = new ProgramRecord(id, programId, old.kind(), d.householdId(), d.street(), d.status(),
                d.eventDate(), d.dueDate(), d.amount(), d.keys(), d.body(), old.version() + 1, old.createdBy(),
                old.createdAt(), context.actor(), Instant.now());
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
        List<ProgramRecord> page = all.stream().skip((long) q.page() * q.size()).limit(q.size())
                .collect(Collectors.toList());
        return new Page<>(page, q.page(), q.size(), all.size());
    }

    private RecordReader reader(String programId) {
        return new RecordReader() {
            @Override
            public Optional<ProgramRecord> get(String id) {
                return FakeRecordStore.this.get(programId, id);
            }

            @Override
            public List<ProgramRecord> find(RecordQuery query) {
                return FakeRecordStore.this.find(programId, query).items();
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
                .filter(r -> q.eventFrom() == null || r.eventDate() != null && !r.eventDate().isBefore(q.eventFrom()))
                .filter(r -> q.eventTo() == null || r.eventDate() != null && !r.eventDate().isAfter(q.eventTo()))
                .filter(r -> q.dueBefore() == null || r.dueDate() != null && r.dueDate().isBefore(q.dueBefore()))
                .filter(Objects::nonNull)
                .collect(Collectors.toList());
    }
}
