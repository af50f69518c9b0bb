package org.doudi.api.needs;

import java.time.LocalDate;

/**
 * Which overdue visits to list.
 *
 * @param street  only this street's households, or null for all
 * @param advisor only households whose last visit was by this advisor (never-visited ones excluded), or null
 * @param asOf    the day to judge against, or null for today
 */
public record OverdueVisitQuery(String street, String advisor, LocalDate asOf) {
}
