package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.persistence.EntityManager;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.registry.Household;

/**
 * The programs a household is enrolled in (an active or suspended enrolment that started by the month of the
 * date), attached to a household read so that program rules — "not on dibao", dibao's gradual exit — see
 * enrolments and not only identity tags.
 */
public final class LiveEnrolments {

    private LiveEnrolments() {
    }

    /** {@code household} with its live enrolments as of {@code asOf}. */
    public static Household attach(EntityManager em, Household household, LocalDate asOf) {
        List<String> programs = em.createQuery("SELECT DISTINCT e.programId FROM EnrolmentEntity e WHERE e.householdId = :h"
                + " AND e.status IN :live AND e.startMonth <= :month ORDER BY e.programId", String.class)
                .setParameter("h", household.id())
                .setParameter("live", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.SUSPENDED))
                .setParameter("month", YearMonth.from(asOf).toString()).getResultList();
        return household.withEnrolledPrograms(programs.isEmpty() ? null : programs);
    }
}
