package org.doudi.registry.internal.supervision.filecheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.doudi.api.Page;
import org.doudi.api.supervision.FileCheckFinding;
import org.doudi.api.supervision.FileCheckFindingStatus;
import org.doudi.api.DoudiException;
import org.doudi.api.supervision.FileCheck;
import org.doudi.registry.internal.entity.FileCheckCaseEntity;
import org.doudi.registry.internal.entity.FileCheckEntity;
import org.doudi.registry.internal.entity.FileCheckFindingEntity;

/** Reads of a check's rows in the caller's transaction. */
final class FileCheckReads {

    private FileCheckReads() {
    }

    static FileCheck view(EntityManager em, FileCheckEntity c, LocalDate today, boolean withCases) {
        List<FileCheckCaseEntity> cases = em.createQuery("SELECT s FROM FileCheckCaseEntity s WHERE s.fileCheckId = :id"
                + " ORDER BY s.street, s.rank", FileCheckCaseEntity.class).setParameter("id", c.getId()).getResultList();
        return FileCheckViews.of(c, cases, findings(em, c.getId()), today, withCases);
    }

    /** The check's findings by sample id, each list by number. */
    static Map<String, List<FileCheckFindingEntity>> findings(EntityManager em, String checkId) {
        Map<String, List<FileCheckFindingEntity>> out = new LinkedHashMap<>();
        em.createQuery("SELECT f FROM FileCheckFindingEntity f, FileCheckCaseEntity s WHERE f.sampleId = s.id"
                + " AND s.fileCheckId = :id ORDER BY f.number", FileCheckFindingEntity.class).setParameter("id", checkId)
                .getResultList().forEach(f -> out.computeIfAbsent(f.getSampleId(), x -> new ArrayList<>()).add(f));
        return out;
    }

    static FileCheckEntity check(EntityManager em, String id) {
        FileCheckEntity c = id == null || id.length() > 64 ? null : em.find(FileCheckEntity.class, id);
        if (c == null) {
            throw DoudiException.notFound("file check " + id);
        }
        return c;
    }

    /** The sampled case, locked for the write (numbering its findings). */
    static FileCheckCaseEntity sample(EntityManager em, String checkId, String caseId) {
        List<String> ids = caseId == null || caseId.length() > 64 ? List.of() : em.createQuery("SELECT s.id FROM"
                + " FileCheckCaseEntity s WHERE s.fileCheckId = :c AND s.caseId = :k", String.class)
                .setParameter("c", checkId).setParameter("k", caseId).getResultList();
        if (ids.isEmpty()) {
            throw DoudiException.notFound("case " + caseId + " in file check " + checkId);
        }
        return em.find(FileCheckCaseEntity.class, ids.get(0), javax.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** The open findings of every check by due day: of one street (all when null), overdue ones only when asked. */
    static Page<FileCheckFinding> openCorrections(EntityManager em, String street, boolean overdueOnly,
            LocalDate today, int page, int size) {
        String where = " FROM FileCheckFindingEntity f, FileCheckCaseEntity s, FileCheckEntity c WHERE f.sampleId = s.id"
                + " AND s.fileCheckId = c.id AND f.status = :open" + (street == null ? "" : " AND s.street = :street")
                + (overdueOnly ? " AND f.dueOn < :today" : "");
        List<FileCheckFinding> items = bind(em.createQuery("SELECT f, s, c.id, c.month" + where
                + " ORDER BY f.dueOn, s.caseId, f.number", Object[].class), street, overdueOnly, today)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(x -> FileCheckViews.of((FileCheckFindingEntity) x[0], (String) x[2], (String) x[3],
                        (FileCheckCaseEntity) x[1], today)).toList();
        long total = bind(em.createQuery("SELECT COUNT(f)" + where, Long.class), street, overdueOnly, today)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, String street, boolean overdueOnly, LocalDate today) {
        q.setParameter("open", FileCheckFindingStatus.OPEN);
        if (street != null) {
            q.setParameter("street", street);
        }
        if (overdueOnly) {
            q.setParameter("today", today);
        }
        return q;
    }
}
