package org.doudi.registry.internal.supervision.relatives;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.doudi.api.DoudiClock;
import org.doudi.api.supervision.StaffRelative;
import org.doudi.registry.internal.entity.StaffRelativeEntity;

/** Registrations as the API shows them (timestamps are stored in UTC). */
final class StaffRelativeViews {

    private StaffRelativeViews() {
    }

    static StaffRelative of(StaffRelativeEntity e) {
        return new StaffRelative(e.getId(), e.getStaffUser(), e.getRelation(), e.getName(), e.getIdNumber(),
                e.getNote(), e.getEndedOn() == null, e.getRegisteredBy(),
                e.getRegisteredAt().toInstant(ZoneOffset.UTC), e.getEndedOn(), e.getEndReason(), e.getEndedBy(),
                e.getVersion());
    }

    /** The day (in Asia/Shanghai) a stored UTC timestamp falls on. */
    static LocalDate day(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DoudiClock.ZONE).toLocalDate();
    }
}
