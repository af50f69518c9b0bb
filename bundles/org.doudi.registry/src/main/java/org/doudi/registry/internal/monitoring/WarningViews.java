package org.doudi.registry.internal.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiClock;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningDisposition;
import org.doudi.api.monitoring.WarningVerification;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.entity.MemberEntity;
import org.doudi.registry.internal.entity.WarningEntity;

/**
 * A warning row as the API shows it, with the person's name, its age and the supervision flags on the household
 * today; the ID number stays whole (REST masks).
 */
final class WarningViews {
    private WarningViews() {
    }

    static Warning of(EntityManager em, WarningEntity w, LocalDate today, List<SupervisionFlag> flags) {
        MemberEntity m = em.find(MemberEntity.class, w.getPersonId());
        WarningVerification verification = w.getVerifiedAt() == null ? null : new WarningVerification(
                w.getVerifiedConfirmed(), w.getVerifiedOn(), w.getVerificationFindings(), w.getVerifiedBy(),
                instant(w.getVerifiedAt()));
        WarningDisposition disposition = w.getDisposedAt() == null ? null : new WarningDisposition(
                w.getDisposition(), w.getDispositionReason(), w.getDispositionEffective(), w.getDispositionServices(),
                Lists.split(w.getTerminatedEnrolments()), w.getDisposedBy(), instant(w.getDisposedAt()));
        return new Warning(w.getId(), FeedType.ofId(w.getFeedType()).orElse(null), w.getSeverity(), w.getStatus(),
                w.getSuggestedAction(), w.getPersonId(), w.getIdNumber(), m == null ? null : m.getName(),
                w.getHouseholdId(), w.getStreet(), w.getFactDate(), w.getFactKey(), w.getFactAmount(), w.getFacts(),
                Lists.split(w.getEnrolments()), Lists.split(w.getSuspendedEnrolments()), w.getSource(),
                w.getRunMonth(), instant(w.getRaisedAt()), ageDays(w, today), w.getAssignedTo(),
                w.getAssignedStreet(), verification, disposition, w.getVersion(), flags);
    }

    /** Days from the day it was raised (Asia/Shanghai) to today, or to the day it was closed. */
    static long ageDays(WarningEntity w, LocalDate today) {
        LocalDate raised = day(w.getRaisedAt());
        LocalDate end = w.getStatus().isOpen() || w.getDisposedAt() == null ? today : day(w.getDisposedAt());
        return Math.max(0, ChronoUnit.DAYS.between(raised, end));
    }

    static LocalDate day(LocalDateTime utc) {
        return instant(utc).atZone(DoudiClock.ZONE).toLocalDate();
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
