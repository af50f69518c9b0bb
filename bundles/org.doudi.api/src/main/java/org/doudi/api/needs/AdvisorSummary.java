package org.doudi.api.needs;

import java.time.LocalDate;

/**
 * One advisor on the advisor list.
 *
 * @param advisor    the advisor's name as recorded on visits
 * @param street     the street of the households visited
 * @param households households whose latest visit was by this advisor
 * @param visits     visits recorded by this advisor
 * @param lastVisit  the day of the advisor's latest visit
 * @param overdue    of {@code households}, those whose next visit is overdue
 */
public record AdvisorSummary(String advisor, String street, int households, int visits, LocalDate lastVisit,
        int overdue) {
}
