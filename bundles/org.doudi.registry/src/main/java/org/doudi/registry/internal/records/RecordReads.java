package org.doudi.registry.internal.records;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.Page;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.records.RecordReader;
import org.doudi.registry.internal.entity.ProgramRecordEntity;
import org.doudi.registry.internal.entity.ProgramRecordKeyRow;

/** Reads one program's records in an entity manager's transaction: the store's reads, and a guard's view. */
final class RecordReads implements RecordReader {
    private final EntityManager em;
    private final String programId;

    RecordReads(EntityManager em, String programId) {
        this.em = em;
        this.programId = programId;
    }

    @Override
    public Optional<ProgramRecord> get(String id) {
        return Optional.ofNullable(entity(id)).map(e -> view(e, keys(List.of(e.getId())).get(e.getId())));
    }

    @Override
    public List<ProgramRecord> find(RecordQuery q) {
        RecordChecks.query(q);
        List<ProgramRecordEntity> found = bind(em.createQuery("SELECT r FROM ProgramRecordEntity r" + where(q)
                + " ORDER BY r.createdAt, r.id", ProgramRecordEntity.class), q)
                .setFirstResult(Math.toIntExact((long) q.page() * q.size())).setMaxResults(q.size()).getResultList();
        Map<String, List<String>> keys = keys(found.stream().map(ProgramRecordEntity::getId).toList());
        return found.stream().map(e -> view(e, keys.get(e.getId()))).toList();
    }

    Page<ProgramRecord> page(RecordQuery q) {
        List<ProgramRecord> items = find(q);
        long total = bind(em.createQuery("SELECT COUNT(r) FROM ProgramRecordEntity r" + where(q), Long.class), q)
                .getSingleResult();
        return new Page<>(items, q.page(), q.size(), total);
    }

    /** The program's record with this id, or null (also for another program's record). */
    ProgramRecordEntity entity(String id) {
        if (id == null || id.length() > 36) {
            return null;
        }
        ProgramRecordEntity e = em.find(ProgramRecordEntity.class, id);
        return e == null || !e.getProgramId().equals(programId) ? null : e;
    }

    /** The keys of the records, each list sorted. */
    Map<String, List<String>> keys(List<String> recordIds) {
        Map<String, List<String>> out = new HashMap<>();
        recordIds.forEach(id -> out.put(id, new ArrayList<>()));
        for (int from = 0; from < recordIds.size(); from += 500) {
            List<String> chunk = recordIds.subList(from, Math.min(recordIds.size(), from + 500));
            em.createQuery("SELECT k FROM ProgramRecordKeyRow k WHERE k.recordId IN :ids ORDER BY k.keyValue",
                    ProgramRecordKeyRow.class).setParameter("ids", chunk).getResultList()
                    .forEach(k -> out.get(k.getRecordId()).add(k.getKeyValue()));
        }
        return out;
    }

    private static String where(RecordQuery q) {
        StringBuilder w = new StringBuilder(" WHERE r.programId = :program");
        append(w, q.kind(), " AND r.kind = :kind");
        append(w, q.householdId(), " AND r.householdId = :household");
        append(w, q.street(), " AND r.street = :street");
        append(w, q.status(), " AND r.status = :status");
        append(w, q.key(), " AND r.id IN (SELECT k.recordId FROM ProgramRecordKeyRow k WHERE k.keyValue = :key)");
        append(w, q.eventFrom(), " AND r.eventDate >= :eventFrom");
        append(w, q.eventTo(), " AND r.eventDate <= :eventTo");
        append(w, q.dueBefore(), " AND r.dueDate < :dueBefore");
        return w.toString();
    }

    private static void append(StringBuilder where, Object filter, String term) {
        if (filter != null) {
            where.append(term);
        }
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> t, RecordQuery q) {
        t.setParameter("program", programId);
        set(t, "kind", q.kind());
        set(t, "household", q.householdId());
        set(t, "street", q.street());
        set(t, "status", q.status());
        set(t, "key", q.key());
        set(t, "eventFrom", q.eventFrom());
        set(t, "eventTo", q.eventTo());
        set(t, "dueBefore", q.dueBefore());
        return t;
    }

    private static void set(TypedQuery<?> t, String name, Object value) {
        if (value != null) {
            t.setParameter(name, value);
        }
    }

    static ProgramRecord view(ProgramRecordEntity e, List<String> keys) {
        return new ProgramRecord(e.getId(), e.getProgramId(), e.getKind(), e.getHouseholdId(), e.getStreet(),
                e.getStatus(), e.getEventDate(), e.getDueDate(), e.getAmount(), keys == null ? List.of()
                        : List.copyOf(keys), e.getBody(), e.getVersion(), e.getCreatedBy(),
                e.getCreatedAt().toInstant(ZoneOffset.UTC), e.getUpdatedBy(), e.getUpdatedAt().toInstant(ZoneOffset.UTC));
    }
}
