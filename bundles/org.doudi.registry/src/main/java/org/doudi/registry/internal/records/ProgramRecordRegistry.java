package org.doudi.registry.internal.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.Digests;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Snapshots;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.ProgramRecordEntity;
import org.doudi.registry.internal.entity.ProgramRecordKeyRow;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Program bundles' records in the registry's tables ({@code program_record}, its keys in {@code program_record_key}).
 * A write takes the lock row of its program and kind ({@link RecordLocks}), runs the program's guard over the same
 * transaction, then writes and audits (entity type {@code <programId>/<kind>}, the payload the record's indexed
 * columns, keys and the body's SHA-256) before committing; a refusing guard leaves nothing behind.
 */
@Component(service = ProgramRecordStore.class)
public class ProgramRecordRegistry implements ProgramRecordStore {

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    @Override
    public ProgramRecord create(String programId, RecordDraft draft, RecordGuard guard, String action,
            WriteContext ctx) {
        RecordChecks.programId(programId);
        RecordChecks.action(action);
        List<String> keys = RecordChecks.draft(draft);
        return RecordLocks.write(jpa, em -> {
            RecordLocks.take(em, programId, draft.kind());
            RecordReads reads = new RecordReads(em, programId);
            check(guard, reads);
            ProgramRecordEntity e = new ProgramRecordEntity();
            e.setIdentity(UUID.randomUUID().toString(), programId, draft.kind());
            content(e, draft);
            e.setCreated(ctx.actor(), now());
            em.persist(e);
            keys.forEach(k -> em.persist(new ProgramRecordKeyRow(e.getId(), k)));
            em.flush();
            List<String> sorted = keys.stream().sorted().toList();
            audit(em, action, e, sorted, ctx);
            return RecordReads.view(e, sorted);
        });
    }

    @Override
    public ProgramRecord update(String programId, String id, long expectedVersion, RecordDraft draft,
            RecordGuard guard, String action, WriteContext ctx) {
        RecordChecks.programId(programId);
        RecordChecks.action(action);
        List<String> keys = RecordChecks.draft(draft);
        return RecordLocks.write(jpa, em -> {
            RecordReads reads = new RecordReads(em, programId);
            ProgramRecordEntity e = reads.entity(id);
            if (e == null) {
                throw DoudiException.notFound("record " + id + " of program " + programId);
            }
            if (!e.getKind().equals(draft.kind())) {
                throw new ValidationException("kind", "unchanged", "record " + id + " is a " + e.getKind()
                        + "; its kind cannot change");
            }
            RecordLocks.take(em, programId, draft.kind());
            em.refresh(e); // as the last write of its kind left it
            if (e.getVersion() != expectedVersion) {
                throw DoudiException.stale("record " + id, expectedVersion, e.getVersion());
            }
            check(guard, reads);
            content(e, draft);
            e.setUpdated(ctx.actor(), now());
            replaceKeys(em, e.getId(), reads.keys(List.of(e.getId())).get(e.getId()), keys);
            em.flush();
            List<String> sorted = keys.stream().sorted().toList();
            audit(em, action, e, sorted, ctx);
            return RecordReads.view(e, sorted);
        });
    }

    @Override
    public Optional<ProgramRecord> get(String programId, String id) {
        RecordChecks.programId(programId);
        return Tx.run(jpa, em -> new RecordReads(em, programId).get(id));
    }

    @Override
    public Page<ProgramRecord> find(String programId, RecordQuery query) {
        RecordChecks.programId(programId);
        RecordChecks.query(query);
        return Tx.run(jpa, em -> new RecordReads(em, programId).page(query));
    }

    private static void check(RecordGuard guard, RecordReads reads) {
        if (guard != null) {
            guard.check(reads);
        }
    }

    private static void content(ProgramRecordEntity e, RecordDraft d) {
        BigDecimal amount = d.amount() == null ? null : d.amount().setScale(2, RoundingMode.UNNECESSARY);
        e.setContent(d.householdId(), d.street(), d.status(), d.eventDate(), d.dueDate(), amount, d.body());
    }

    private static void replaceKeys(EntityManager em, String recordId, List<String> old, List<String> keys) {
        Set<String> keep = new HashSet<>(keys);
        for (String k : old) {
            if (!keep.remove(k)) {
                em.remove(em.find(ProgramRecordKeyRow.class, new ProgramRecordKeyRow.Key(recordId, k)));
            }
        }
        keys.stream().filter(keep::contains).forEach(k -> em.persist(new ProgramRecordKeyRow(recordId, k)));
    }

    private void audit(EntityManager em, String action, ProgramRecordEntity e, List<String> keys, WriteContext ctx) {
        String what = e.getProgramId() + "/" + e.getKind();
        AuditLog.append(em, clock.now(), ctx.actor(), action, what, e.getId(), e.getVersion(),
                ctx.reason() == null ? what + " " + e.getId() + (e.getStatus() == null ? "" : " " + e.getStatus())
                        : ctx.reason(), Snapshots.json(snapshot(e, keys)));
    }

    /**
     * The record after the write, for the audit payload: its indexed columns and keys, and of the body only its
     * SHA-256 and size (the body may carry personal data; the audit trail proves which body was written without
     * copying it).
     */
    static Map<String, Object> snapshot(ProgramRecordEntity e, List<String> keys) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", e.getId());
        s.put("programId", e.getProgramId());
        s.put("kind", e.getKind());
        s.put("householdId", e.getHouseholdId());
        s.put("street", e.getStreet());
        s.put("status", e.getStatus());
        s.put("eventDate", e.getEventDate() == null ? null : e.getEventDate().toString());
        s.put("dueDate", e.getDueDate() == null ? null : e.getDueDate().toString());
        s.put("amount", e.getAmount() == null ? null : e.getAmount().toPlainString());
        s.put("keys", keys);
        s.put("bodySha256", e.getBody() == null ? null : Digests.sha256(e.getBody()));
        s.put("bodyBytes", e.getBody() == null ? null : e.getBody().getBytes(StandardCharsets.UTF_8).length);
        s.put("version", e.getVersion());
        return s;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
