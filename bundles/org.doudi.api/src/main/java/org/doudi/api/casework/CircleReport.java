package org.doudi.api.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The four circles counted per street: {@code GET /api/reports/circles}.
 *
 * @param asOf    the date of the newest computation counted
 * @param streets one row per street, ordered by street id
 * @param total   the sum over the streets
 */
public record CircleReport(LocalDate asOf, List<StreetCircles> streets, StreetCircles total) {
}
