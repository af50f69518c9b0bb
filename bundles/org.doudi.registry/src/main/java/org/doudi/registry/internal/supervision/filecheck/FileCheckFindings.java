package org.doudi.registry.internal.supervision.filecheck;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.WriteContext;
import org.doudi.api.supervision.FileCheckCase;
import org.doudi.api.supervision.FileCheckCorrectionRequest;
import org.doudi.api.supervision.FileCheckFinding;
import org.doudi.api.supervision.FileCheckFindingRequest;
import org.doudi.api.supervision.FileCheckFindingStatus;
import org.doudi.api.supervision.FileCheckReviewRequest;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.entity.FileCheckCaseEntity;
import org.doudi.registry.internal.entity.FileCheckEntity;
import org.doudi.registry.internal.entity.FileCheckFindingEntity;

/**
 * The writes on a sampled case, in the caller's transaction, each with its audit record on the check: a finding
 * (numbered per case, the case row locked), its correction (submitted by the street), its closing (by the district,
 * accepting the correction), the file's review (district).
 */
final class FileCheckFindings {
    private final EntityManager em;
    private final DoudiClock clock;

    FileCheckFindings(EntityManager em, DoudiClock clock) {
        this.em = em;
        this.clock = clock;
    }

    FileCheckFinding record(String checkId, String caseId, FileCheckFindingRequest r, int defaultDays,
            WriteContext ctx) {
        LocalDate today = clock.today();
        FileCheckEntity check = FileCheckReads.check(em, checkId);
        FileCheckCaseEntity s = FileCheckReads.sample(em, checkId, caseId);
        LocalDate due = FileCheckChecks.finding(r, FileCheckViews.items(check), today, defaultDays);
        Integer last = em.createQuery("SELECT MAX(f.number) FROM FileCheckFindingEntity f WHERE f.sampleId = :s",
                Integer.class).setParameter("s", s.getId()).getSingleResult();
        FileCheckFindingEntity f = new FileCheckFindingEntity();
        f.setId(UUID.randomUUID().toString());
        f.setSampleId(s.getId());
        f.setNumber(last == null ? 1 : last + 1);
        f.setCategory(r.category());
        f.setItem(r.item());
        f.setDescription(r.description().strip());
        f.setRequiredCorrection(r.requiredCorrection().strip());
        f.setDueOn(due);
        f.setStatus(FileCheckFindingStatus.OPEN);
        f.setRecordedBy(ctx.actor());
        f.setRecordedAt(now());
        em.persist(f);
        em.flush();
        AuditLog.append(em, clock.now(), ctx.actor(), "FILE_CHECK_FINDING", FileCheckRegistry.ENTITY, checkId,
                check.getVersion(), "finding " + f.getNumber() + " on case " + s.getCaseId() + " (" + s.getStreet()
                        + "): " + f.getCategory() + (f.getItem() == null ? "" : " [" + f.getItem() + "]") + ": "
                        + f.getDescription() + "; correction due " + due + ": " + f.getRequiredCorrection(), null);
        return FileCheckViews.of(f, checkId, check.getMonth(), s, today);
    }

    FileCheckFinding correct(String checkId, String caseId, int number, FileCheckCorrectionRequest r,
            WriteContext ctx) {
        LocalDate today = clock.today();
        FileCheckEntity check = FileCheckReads.check(em, checkId);
        FileCheckCaseEntity s = FileCheckReads.sample(em, checkId, caseId);
        FileCheckFindingEntity f = finding(checkId, caseId, s, number);
        if (f.getStatus() == FileCheckFindingStatus.CLOSED) {
            throw new DoudiException(409, "finding-closed", "finding " + number + " of case " + caseId + " was closed "
                    + "by " + f.getClosedBy() + " with the correction of " + f.getCorrectedOn() + "; a correction is "
                    + "recorded once");
        }
        if (f.getStatus() == FileCheckFindingStatus.CORRECTION_SUBMITTED) {
            throw new DoudiException(409, "correction-submitted", "the correction of finding " + number + " of case "
                    + caseId + " was submitted already (corrected on " + f.getCorrectedOn() + "); the district "
                    + "closes it");
        }
        LocalDate recordedOn = f.getRecordedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(DoudiClock.ZONE)
                .toLocalDate();
        LocalDate on = FileCheckChecks.correction(r, recordedOn, today);
        f.setCorrectedOn(on);
        f.setCorrection(r.correction().strip());
        f.setStatus(FileCheckFindingStatus.CORRECTION_SUBMITTED);
        em.flush();
        AuditLog.append(em, clock.now(), ctx.actor(), "FILE_CHECK_CORRECTED", FileCheckRegistry.ENTITY, checkId,
                check.getVersion(), "finding " + number + " on case " + s.getCaseId() + " (" + s.getStreet()
                        + ") corrected on " + on + (on.isAfter(f.getDueOn()) ? ", after its due day " + f.getDueOn() : "")
                        + ", submitted for closing: " + f.getCorrection(), null);
        return FileCheckViews.of(f, checkId, check.getMonth(), s, today);
    }

    /** The district accepts a submitted correction: the finding is closed, with who and when. */
    FileCheckFinding close(String checkId, String caseId, int number, WriteContext ctx) {
        LocalDate today = clock.today();
        FileCheckEntity check = FileCheckReads.check(em, checkId);
        FileCheckCaseEntity s = FileCheckReads.sample(em, checkId, caseId);
        FileCheckFindingEntity f = finding(checkId, caseId, s, number);
        if (f.getStatus() == FileCheckFindingStatus.CLOSED) {
            throw new DoudiException(409, "finding-closed", "finding " + number + " of case " + caseId + " was closed "
                    + "by " + f.getClosedBy() + " already");
        }
        if (f.getStatus() != FileCheckFindingStatus.CORRECTION_SUBMITTED) {
            throw new DoudiException(409, "no-correction", "finding " + number + " of case " + caseId + " has no "
                    + "submitted correction yet; the street submits it first");
        }
        f.setStatus(FileCheckFindingStatus.CLOSED);
        f.setClosedBy(ctx.actor());
        f.setClosedAt(now());
        em.flush();
        AuditLog.append(em, clock.now(), ctx.actor(), "FILE_CHECK_CLOSED", FileCheckRegistry.ENTITY, checkId,
                check.getVersion(), "finding " + number + " on case " + s.getCaseId() + " (" + s.getStreet()
                        + ") closed: correction of " + f.getCorrectedOn() + " accepted", null);
        return FileCheckViews.of(f, checkId, check.getMonth(), s, today);
    }

    private FileCheckFindingEntity finding(String checkId, String caseId, FileCheckCaseEntity s, int number) {
        List<FileCheckFindingEntity> found = em.createQuery("SELECT f FROM FileCheckFindingEntity f WHERE"
                + " f.sampleId = :s AND f.number = :n", FileCheckFindingEntity.class).setParameter("s", s.getId())
                .setParameter("n", number).getResultList();
        if (found.isEmpty()) {
            throw DoudiException.notFound("finding " + number + " of case " + caseId + " in file check " + checkId);
        }
        return found.get(0);
    }

    FileCheckCase review(String checkId, String caseId, FileCheckReviewRequest r, WriteContext ctx) {
        FileCheckEntity check = FileCheckReads.check(em, checkId);
        FileCheckCaseEntity s = FileCheckReads.sample(em, checkId, caseId);
        List<org.doudi.api.FieldViolation> v = new java.util.ArrayList<>();
        FileCheckChecks.text(v, "note", r == null ? null : r.note(), false);
        FileCheckChecks.throwIfAny(v);
        if (s.getReviewedAt() != null) {
            throw new DoudiException(409, "file-reviewed", "the file of case " + caseId + " was gone through already by "
                    + s.getReviewedBy() + "; findings can still be recorded");
        }
        s.setReviewedBy(ctx.actor());
        s.setReviewedAt(now());
        s.setReviewNote(r == null || r.note() == null ? null : r.note().strip());
        em.flush();
        AuditLog.append(em, clock.now(), ctx.actor(), "FILE_CHECK_REVIEWED", FileCheckRegistry.ENTITY, checkId,
                check.getVersion(), "file of case " + caseId + " (" + s.getStreet() + ") gone through"
                        + (s.getReviewNote() == null ? "" : ": " + s.getReviewNote()), null);
        List<FileCheckFindingEntity> own = FileCheckReads.findings(em, checkId).getOrDefault(s.getId(), List.of());
        return FileCheckViews.of(check, s, own, FileCheckViews.items(check), clock.today());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
